/**
 * npm run schema:generate — compiles the vendored Kubernetes OpenAPI document
 * (src/lib/content/schema/upstream/, see NOTICE.md there) into
 * src/lib/content/schema/kubernetes-api.json, the strict schema that
 * `npm run check:examples` validates against.
 *
 *   npm run schema:generate            rewrite the compiled schema
 *   npm run schema:generate -- --check  fail if it is out of date (CI)
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {COMPILED_SCHEMA_PATH, SOURCE, UPSTREAM_DOCUMENT_PATH, compileUpstream} from './k8s-schema';
import {ROOT} from './lib';

const check = process.argv.includes('--check');
const gz = await readFile(path.join(ROOT, UPSTREAM_DOCUMENT_PATH));
const text = compileUpstream(gz);
const target = path.join(ROOT, COMPILED_SCHEMA_PATH);
const current = await readFile(target, 'utf8').catch(() => '');

if (check) {
  if (current !== text) {
    console.error(
      `${COMPILED_SCHEMA_PATH}: does not match what ${UPSTREAM_DOCUMENT_PATH} compiles to; run npm run schema:generate and commit the result`,
    );
    process.exit(1);
  }
  console.log(
    `schema:generate --check: ok. ${COMPILED_SCHEMA_PATH} is up to date (Kubernetes ${SOURCE.kubernetesVersion}).`,
  );
} else {
  await writeFile(target, text);
  const parsed = JSON.parse(text) as {kinds: object; types: object};
  console.log(
    `schema:generate: wrote ${COMPILED_SCHEMA_PATH} (Kubernetes ${SOURCE.kubernetesVersion}): ${Object.keys(parsed.kinds).length} kinds, ${Object.keys(parsed.types).length} types, ${text.length} bytes.`,
  );
}
