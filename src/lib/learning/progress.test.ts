import {describe, expect, it} from 'vitest';
import {
  emptyProgress,
  markRead,
  MAX_PROGRESS_BYTES,
  mergeProgress,
  parseProgress,
  recordAnswer,
  recordExercise,
  serializeProgress,
} from './progress';

describe('progress', () => {
  it('round-trips through export and import', () => {
    let p = emptyProgress();
    p = markRead(p, '/docs/fundamentals/authorization/rbac', 1000);
    p = markRead(p, '/docs/fundamentals/authorization/rbac', 2000);
    p = recordAnswer(p, 'pss-no-seccomp-restricted', true, 3000);
    p = recordExercise(p, 'pss-restricted-web', 4000);
    expect(p.read['/docs/fundamentals/authorization/rbac']).toBe(1000);
    const parsed = parseProgress(serializeProgress(p));
    expect(parsed).toEqual({ok: true, progress: p});
  });

  it('merges an import: earliest read and solve, latest answer', () => {
    const a = recordAnswer(markRead(emptyProgress(), '/docs/a', 5), 'q', false, 10);
    const b = recordAnswer(markRead(emptyProgress(), '/docs/a', 3), 'q', true, 20);
    const merged = mergeProgress(a, b);
    expect(merged.read['/docs/a']).toBe(3);
    expect(merged.answers['q']).toEqual({correct: true, at: 20});
  });

  it('refuses files that are not ours, with a reason', () => {
    expect(parseProgress('not json')).toEqual({ok: false, message: expect.stringMatching(/not JSON/) as string});
    expect(parseProgress('{"version":2,"read":{},"answers":{},"exercises":{}}').ok).toBe(false);
    expect(parseProgress('{"version":1,"read":{},"answers":{},"exercises":{},"x":1}').ok).toBe(false);
    expect(parseProgress('x'.repeat(MAX_PROGRESS_BYTES + 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/at most 1048576 bytes/) as string,
    });
  });

  it('refuses prototype keys and never pollutes Object.prototype', () => {
    const hostile = '{"version":1,"read":{"__proto__":{"polluted":1}},"answers":{},"exercises":{}}';
    const result = parseProgress(hostile);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const constructorKey = '{"version":1,"read":{"constructor":1},"answers":{},"exercises":{}}';
    expect(parseProgress(constructorKey).ok).toBe(true);
  });

  it('ignores a read mark for a path that cannot be a key', () => {
    expect(markRead(emptyProgress(), '/__proto__', 1).read).toEqual({});
  });
});
