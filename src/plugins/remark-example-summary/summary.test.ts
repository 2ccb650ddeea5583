import {describe, expect, it} from 'vitest';
import {registry} from '../../../examples/registry';
import {exampleSummary} from './summary';

describe('exampleSummary', () => {
  it('says what a registered file was validated against', () => {
    const file = Object.keys(registry).find((f) => registry[f]?.pss === 'restricted');
    expect(file).toBeDefined();
    const result = exampleSummary(file);
    expect(result.ok && result.text).toMatch(/^Validated by npm test: .*Pod Security: meets Restricted/);
  });

  it('refuses an unregistered file with the fix', () => {
    expect(exampleSummary('nope/missing.yaml')).toEqual({
      ok: false,
      message: expect.stringContaining("Add the file to its topic's _registry.ts") as string,
    });
    expect(exampleSummary(undefined).ok).toBe(false);
  });
});
