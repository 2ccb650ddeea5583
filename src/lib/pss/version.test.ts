import {describe, expect, it} from 'vitest';
import {NEWEST_MINOR, PssInputError, parseLevel, parsePolicy, parseVersion, policy} from './version';

describe('versions', () => {
  it('parses latest and v1.N like upstream api.ParseVersion', () => {
    expect(parseVersion('latest')).toEqual({ok: true, value: {label: 'latest', minor: NEWEST_MINOR}});
    expect(parseVersion('v1.0')).toEqual({ok: true, value: {label: 'v1.0', minor: 0}});
    expect(parseVersion('v1.25')).toEqual({ok: true, value: {label: 'v1.25', minor: 25}});
  });

  it('evaluates versions newer than the newest known as the newest', () => {
    expect(NEWEST_MINOR).toBe(37);
    expect(parseVersion('v1.38')).toEqual({ok: true, value: {label: 'v1.38', minor: 37}});
    expect(parseVersion('v1.99999999999999999999')).toMatchObject({ok: true, value: {minor: 37}});
  });

  it.each(['', 'v1', 'v1.', 'v1.01', 'v2.0', 'V1.2', '1.2', 'v1.2.3', 'v1.-1', 'v1.x', ' latest', 'Latest'])(
    'rejects %j',
    (s) => {
      const r = parseVersion(s);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(PssInputError);
        expect(r.error.code).toBe('invalid-version');
        expect(r.error.hint).toMatch(/v1\.30/);
      }
    },
  );

  it('parses levels', () => {
    expect(parseLevel('baseline')).toEqual({ok: true, value: 'baseline'});
    expect(parseLevel('Restricted').ok).toBe(false);
    expect(parsePolicy('restricted', 'v1.30')).toEqual({
      ok: true,
      value: {level: 'restricted', version: {label: 'v1.30', minor: 30}},
    });
    expect(() => policy('nope')).toThrow(PssInputError);
    expect(() => policy('baseline', 'v3')).toThrow(/must be "latest" or "v1.x"/);
  });
});
