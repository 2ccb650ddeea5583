/**
 * Table-driven test over `__fixtures__/<level>/<pass|fail>/<check>-<n>[-v1.NN].yaml`.
 *
 * Header comments in a fixture add exact expectations for the violation of `<check>`:
 *   # reason: <upstream ForbiddenReason>
 *   # detail: <upstream ForbiddenDetail>
 *   # path: <first offending field>
 *   # checks: <comma-separated list of ALL failing check IDs>
 *   # absent: <check ID that must not be reported (overridden baseline checks)>
 *   # flips-at: <version at which the verdict is the opposite (version boundaries)>
 *   # no-fix: <why no correction can pass; fixPod must then add no field API validation forbids>
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseManifests} from '../manifest/parse';
import type {JsonObject} from '../manifest/types';
import {evaluatePod, fixPod, highestPassingLevel} from './index';
import {windowsForbiddenFields} from './fix';
import type {CheckId, CheckLevel} from './types';
import {CHECK_IDS} from './types';

const ROOT = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const NAME = /^(?<check>[A-Za-z_]+)-(?<n>\d+)(?:-(?<version>v1\.\d+))?\.yaml$/;

interface Fixture {
  readonly file: string;
  readonly level: CheckLevel;
  readonly expect: 'pass' | 'fail';
  readonly check: CheckId;
  readonly version: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly object: JsonObject;
}

function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}

function load(): Fixture[] {
  const out: Fixture[] = [];
  for (const level of ['baseline', 'restricted'] as const) {
    for (const expectation of ['pass', 'fail'] as const) {
      const dir = join(ROOT, level, expectation);
      for (const name of readdirSync(dir).sort()) {
        const m = NAME.exec(name);
        const check = m?.groups?.['check'];
        if (m === null || check === undefined || !isCheckId(check))
          throw new Error(`bad fixture name ${level}/${expectation}/${name}`);
        const text = readFileSync(join(dir, name), 'utf8');
        const headers = new Map<string, string>();
        for (const line of text.split('\n')) {
          const h = /^# ([a-z-]+): (.*)$/.exec(line);
          if (h?.[1] !== undefined && h[2] !== undefined) headers.set(h[1], h[2]);
        }
        const parsed = parseManifests(text, {file: name});
        if (!parsed.ok || parsed.documents.length !== 1) throw new Error(`fixture ${name} must be one valid document`);
        const object = parsed.documents[0]?.value;
        if (object === undefined) throw new Error(`fixture ${name} is empty`);
        out.push({
          file: `${level}/${expectation}/${name}`,
          level,
          expect: expectation,
          check,
          version: m.groups?.['version'] ?? 'latest',
          headers,
          object,
        });
      }
    }
  }
  return out;
}

const fixtures = load();

describe('fixtures', () => {
  it('cover a pass and a fail case for every check', () => {
    for (const id of CHECK_IDS) {
      expect(
        fixtures.some((f) => f.check === id && f.expect === 'pass'),
        `pass fixture for ${id}`,
      ).toBe(true);
      expect(
        fixtures.some((f) => f.check === id && f.expect === 'fail'),
        `fail fixture for ${id}`,
      ).toBe(true);
    }
  });

  describe.each(fixtures.map((f) => [f.file, f] as const))('%s', (_, f) => {
    const result = evaluatePod(f.object, f.level, f.version);

    if (f.expect === 'pass') {
      it(`is allowed at ${f.level}:${f.version}`, () => {
        expect(result.violations).toEqual([]);
        expect(result.invalidFields).toEqual([]);
        expect(result.allowed).toBe(true);
      });
      if (f.level === 'restricted') {
        it('is also allowed at baseline (restricted includes baseline)', () => {
          expect(evaluatePod(f.object, 'baseline', f.version).allowed).toBe(true);
          expect(highestPassingLevel(f.object, f.version)).toBe('restricted');
        });
      }
    } else {
      it(`is denied at ${f.level}:${f.version} by ${f.check}`, () => {
        expect(result.allowed).toBe(false);
        expect(result.invalidFields).toEqual([]);
        const v = result.violations.find((x) => x.check === f.check);
        expect(v, `violations: ${JSON.stringify(result.violations)}`).toBeDefined();
        if (v === undefined) return;
        const reason = f.headers.get('reason');
        const detail = f.headers.get('detail');
        const path = f.headers.get('path');
        if (reason !== undefined) expect(v.reason).toBe(reason);
        if (detail !== undefined) expect(v.detail).toBe(detail);
        if (path !== undefined) expect(v.path).toBe(path);
        expect(v.fix.length).toBeGreaterThan(10);
        const checks = f.headers.get('checks');
        if (checks !== undefined)
          expect(result.violations.map((x) => x.check).sort()).toEqual(checks.split(/,\s*/).sort());
        const absent = f.headers.get('absent');
        if (absent !== undefined) expect(result.violations.map((x) => x.check)).not.toContain(absent);
      });
      if (f.level === 'baseline') {
        it('is also denied at restricted', () => {
          expect(evaluatePod(f.object, 'restricted', f.version).allowed).toBe(false);
        });
      }
      const noFix = f.headers.get('no-fix');
      it(`fixPod makes it pass ${f.level}:${f.version} without touching the input${noFix ? ' (or cannot: Windows)' : ''}`, () => {
        const before = JSON.stringify(f.object);
        const fixed = fixPod(f.object, f.level, f.version);
        expect(JSON.stringify(f.object)).toBe(before);
        const after = evaluatePod(fixed, f.level, f.version);
        if (noFix !== undefined) {
          expect(after.allowed).toBe(false);
          const spec = (fixed as {spec: Record<string, unknown>}).spec;
          expect([...windowsForbiddenFields(spec)]).toEqual([
            ...windowsForbiddenFields((f.object as {spec: Record<string, unknown>}).spec),
          ]);
          return;
        }
        expect(after.violations).toEqual([]);
        expect(after.allowed).toBe(true);
      });
    }

    const flip = f.headers.get('flips-at');
    if (flip !== undefined) {
      it(`has the opposite verdict at ${flip} (version boundary)`, () => {
        expect(evaluatePod(f.object, f.level, flip).allowed).toBe(f.expect === 'fail');
      });
    }
  });
});
