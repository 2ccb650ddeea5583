/**
 * Precomputed check lists per (level, policy minor), built like upstream
 * `policy/registry.go`: each check contributes the revision whose `minVersion` is the
 * highest not above the evaluated version; Baseline check IDs run first, then
 * Restricted ones, each group sorted by ID in Go byte order (hence `seLinuxOptions`
 * before `seccompProfile_baseline`); at the Restricted level, baseline checks named in
 * an active restricted revision's `overrides` are dropped.
 */
import {CHECKS} from './checks';
import {activeRevision} from './checks/check';
import type {CheckDefinition, CheckFn} from './checks';
import {compareGo} from './goFormat';
import type {CheckId, CheckLevel} from './types';
import {CHECK_IDS} from './types';
import {NEWEST_MINOR} from './version';

export interface ActiveCheck {
  readonly id: CheckId;
  readonly level: CheckLevel;
  readonly minVersion: number;
  readonly run: CheckFn;
}

function validate(defs: readonly CheckDefinition[]): void {
  for (const def of defs) {
    let previous = -1;
    for (const v of def.versions) {
      if (v.minVersion <= previous) throw new Error(`check ${def.id}: versions must be strictly increasing`);
      if (v.minVersion > NEWEST_MINOR) throw new Error(`check ${def.id}: version above NEWEST_MINOR`);
      if (v.overrides !== undefined && def.level !== 'restricted')
        throw new Error(`check ${def.id}: only restricted checks may override`);
      for (const o of v.overrides ?? []) {
        if (CHECKS[o].level !== 'baseline') throw new Error(`check ${def.id}: overrides non-baseline check ${o}`);
      }
      previous = v.minVersion;
    }
  }
}

const ORDERED: readonly CheckDefinition[] = (() => {
  const defs = CHECK_IDS.map((id) => CHECKS[id]);
  validate(defs);
  const byId = (a: CheckDefinition, b: CheckDefinition): number => compareGo(a.id, b.id);
  return [
    ...defs.filter((d) => d.level === 'baseline').sort(byId),
    ...defs.filter((d) => d.level === 'restricted').sort(byId),
  ];
})();

function build(level: CheckLevel, minor: number): readonly ActiveCheck[] {
  const active = ORDERED.flatMap((def) => {
    if (level === 'baseline' && def.level !== 'baseline') return [];
    const rev = activeRevision(def, minor);
    return rev === undefined ? [] : [{def, rev}];
  });
  const overridden = new Set<CheckId>();
  if (level === 'restricted') for (const {rev} of active) for (const id of rev.overrides ?? []) overridden.add(id);
  return Object.freeze(
    active
      .filter(({def}) => !overridden.has(def.id))
      .map(({def, rev}) => Object.freeze({id: def.id, level: def.level, minVersion: rev.minVersion, run: rev.check})),
  );
}

const TABLE: ReadonlyArray<Readonly<Record<CheckLevel, readonly ActiveCheck[]>>> = Array.from(
  {length: NEWEST_MINOR + 1},
  (_, minor) => Object.freeze({baseline: build('baseline', minor), restricted: build('restricted', minor)}),
);

/** The checks evaluated for `level` at policy minor `minor` (clamped to the newest). */
export function checksFor(level: CheckLevel, minor: number): readonly ActiveCheck[] {
  const row = TABLE[Math.max(0, Math.min(minor, NEWEST_MINOR))];
  return row === undefined ? [] : row[level];
}

export {CHECKS};
