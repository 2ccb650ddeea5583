import fc from 'fast-check';
import {deflateSync, strToU8} from 'fflate';
import {describe, expect, it} from 'vitest';
import {
  decodeState,
  encodeState,
  MAX_FRAGMENT_CHARS,
  MAX_STATE_BYTES,
  shareableFragment,
  ShareError,
  stateFromHash,
} from './fragment';
import {TOOL_INPUT_MAX_BYTES} from './input';

const KEYS = ['yaml', 'level', 'version'] as const;

describe('encodeState / decodeState', () => {
  it('round-trips state, and compresses a manifest', () => {
    const yaml = 'apiVersion: v1\nkind: Pod\n'.repeat(50);
    const encoded = encodeState({yaml, level: 'restricted'});
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(yaml.length / 5);
    expect(decodeState(encoded, KEYS)).toEqual({yaml, level: 'restricted'});
  });

  it('round-trips any string values (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({maxLength: 20}), (yaml, level) => {
        expect(decodeState(encodeState({yaml, level}), KEYS)).toEqual({yaml, level});
      }),
    );
  });

  it('keeps only the expected keys with string values, never prototype keys', () => {
    const raw = JSON.stringify({yaml: 'a', level: 3, __proto__: {polluted: 'yes'}, constructor: 'x', extra: 'y'});
    const encoded = Buffer.from(deflateSync(strToU8(raw))).toString('base64url');
    const state = decodeState(encoded, [...KEYS, '__proto__', 'constructor']);
    expect(state).toEqual({yaml: 'a', constructor: 'x'});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a zip bomb', () => {
    const bomb = Buffer.from(deflateSync(new Uint8Array(MAX_STATE_BYTES + 1).fill(32))).toString('base64url');
    expect(() => decodeState(bomb, KEYS)).toThrow(/more than \d+ MiB/);
  });

  it.each([
    ['a damaged link', '!!!not-base64', /characters a link never contains/],
    ['random bytes', 'AAAAAAAA', ShareError],
    ['a link that is too long', 'A'.repeat(MAX_FRAGMENT_CHARS + 1), /too long/],
    ['an array', Buffer.from(deflateSync(strToU8('[1]'))).toString('base64url'), /does not hold tool state/],
  ])('rejects %s with a ShareError', (_name, encoded, error) => {
    expect(() => decodeState(encoded, KEYS)).toThrow(error);
  });

  it('never throws anything but ShareError on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (s) => {
        try {
          decodeState(s, KEYS);
        } catch (error) {
          expect(error).toBeInstanceOf(ShareError);
        }
      }),
    );
  });
});

describe('stateFromHash', () => {
  it('reads #s= and ignores other fragments', () => {
    expect(stateFromHash(`#s=${encodeState({level: 'baseline'})}`, KEYS)).toEqual({level: 'baseline'});
    expect(stateFromHash('#privileged', KEYS)).toBeUndefined();
    expect(stateFromHash('', KEYS)).toBeUndefined();
  });

  it('reports a damaged #s= fragment instead of ignoring it', () => {
    expect(() => stateFromHash('#s=garbage!!', KEYS)).toThrow(ShareError);
    expect(() => stateFromHash('#s=garbage!!', KEYS)).toThrow(/damaged/);
  });
});

describe('shareableFragment: the sender gets a link only if the recipient can open it', () => {
  it('shares an input of the largest size the tools read, when it compresses well', () => {
    const doc = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web"\n---\n';
    const yaml = doc.repeat(Math.floor(TOOL_INPUT_MAX_BYTES / doc.length));
    expect(yaml.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const result = shareableFragment({yaml, level: 'baseline'});
    expect(result.ok).toBe(true);
    if (result.ok) expect(decodeState(result.encoded, KEYS).yaml).toBe(yaml);
  });

  it('refuses, with the reason, what would exceed the fragment length', () => {
    let x = 1;
    let yaml = '';
    while (yaml.length < 400_000) {
      x = (x * 1103515245 + 12345) % 2147483648;
      yaml += x.toString(36);
    }
    const result = shareableFragment({yaml});
    expect(result).toMatchObject({ok: false, message: expect.stringMatching(/too large to share as a link/) as string});
  });

  it('refuses what the recipient would refuse to inflate', () => {
    const result = shareableFragment({yaml: ' '.repeat(MAX_STATE_BYTES + 1)});
    expect(result).toMatchObject({ok: false, message: expect.stringMatching(/more than \d+ MiB/) as string});
  });
});
