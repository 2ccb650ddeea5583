/**
 * The vendored upstream Kubernetes OpenAPI document and how it compiles
 * (IO around the pure src/lib/content/schema/compile.ts). Shared by
 * scripts/generate-k8s-schema.ts and the test that keeps the committed
 * compiled schema in step with the vendored document.
 */
import {createHash} from 'node:crypto';
import {gunzipSync} from 'node:zlib';
import {compileSchema, serialiseSchema, type SchemaSource} from '../src/lib/content/schema/compile';

/** Paths from the repository root. */
export const UPSTREAM_DOCUMENT_PATH = 'src/lib/content/schema/upstream/swagger-release-1.36.json.gz';
export const COMPILED_SCHEMA_PATH = 'src/lib/content/schema/kubernetes-api.json';

export const SOURCE: SchemaSource = {
  kubernetesVersion: 'v1.36',
  origin:
    'kubernetes/kubernetes release-1.36 api/openapi-spec/swagger.json, as kept by kubernetes-client/python (kubernetes/swagger.json.unprocessed, commit ac0ee5091f0b801911c906558030e2624a26bdf8)',
  sha256: 'c316f6e232c666148076e82e20371ff656ffbb12e59d8953e6d94ec7685bc75c',
};

/** Decompresses, checks the checksum against SOURCE, compiles and serialises. */
export function compileUpstream(gz: Uint8Array): string {
  const document = gunzipSync(gz);
  const sha256 = createHash('sha256').update(document).digest('hex');
  if (sha256 !== SOURCE.sha256) {
    throw new Error(
      `${UPSTREAM_DOCUMENT_PATH}: sha256 ${sha256} is not the ${SOURCE.sha256} recorded in SOURCE; update SOURCE (version, origin, sha256) together with the document`,
    );
  }
  return serialiseSchema(compileSchema(JSON.parse(document.toString('utf8')), SOURCE));
}
