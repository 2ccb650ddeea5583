import {describe, expect, it} from 'vitest';
import {termAttributes} from './attributes';

describe('termAttributes', () => {
  it('gives a known term its name and short definition', () => {
    const result = termAttributes('rbac');
    expect(result).toEqual({ok: true, term: 'RBAC', short: expect.stringMatching(/authorizer/) as string});
  });

  it('refuses an unknown ID with the closest known one and where terms live', () => {
    const result = termAttributes('service-acount');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /<Term id="service-acount"> is not in the glossary; did you mean "service-account"\?.*glossaryTerms\.ts/,
    );
    expect(termAttributes(undefined).ok).toBe(false);
  });
});
