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

  it('names the third-party schema and version that validated a file', () => {
    const kyverno = exampleSummary('policy-engines/kyverno-require-run-as-non-root.yaml');
    expect(kyverno.ok && kyverno.text).toBe(
      'Validated by npm test: schema-checked strictly against the Kyverno v1.19.0 CRD schema.',
    );
    const falco = exampleSummary('policy-engines/falco-shell-in-container.falco.yaml');
    expect(falco.ok && falco.text).toMatch(/against the Falco 0\.44\.1 rules-file JSON schema\.$/);
    const audit = Object.keys(registry).find((f) => registry[f]?.kinds.join() === 'Policy' && f.startsWith('audit'));
    const auditSummary = exampleSummary(audit);
    expect(auditSummary.ok && auditSummary.text).toMatch(/Kubernetes v1\.\d+ API types/);
  });

  it('refuses an unregistered file with the fix', () => {
    expect(exampleSummary('nope/missing.yaml')).toEqual({
      ok: false,
      message: expect.stringContaining("Add the file to its topic's _registry.ts") as string,
    });
    expect(exampleSummary(undefined).ok).toBe(false);
  });
});
