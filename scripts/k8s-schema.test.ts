import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {COMPILED_SCHEMA_PATH, SOURCE, UPSTREAM_DOCUMENT_PATH, compileUpstream} from './k8s-schema';
import {ROOT} from './lib';

describe('the committed schema', () => {
  it('is exactly what the vendored upstream document compiles to (npm run schema:generate)', () => {
    const committed = readFileSync(path.join(ROOT, COMPILED_SCHEMA_PATH), 'utf8');
    const generated = compileUpstream(readFileSync(path.join(ROOT, UPSTREAM_DOCUMENT_PATH)));
    expect(generated === committed, `${COMPILED_SCHEMA_PATH} is stale: run npm run schema:generate`).toBe(true);
    const parsed = JSON.parse(committed) as {kubernetesVersion: string; kinds: object; types: object};
    expect(parsed.kubernetesVersion).toBe(SOURCE.kubernetesVersion);
    expect(Object.keys(parsed.kinds).length).toBeGreaterThan(150);
    expect(Object.keys(parsed.types).length).toBeGreaterThan(500);
  });

  it('refuses a document whose checksum is not the recorded one', () => {
    expect(() => compileUpstream(gzipSync('{}'))).toThrow(/sha256 .* is not the .* recorded in SOURCE/);
  });
});
