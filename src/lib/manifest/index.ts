/**
 * Shared, hardened Kubernetes manifest parsing (YAML or JSON streams).
 *
 * Usage:
 * ```ts
 * const parsed = parseManifests(text, { file: 'deploy.yaml' });
 * if (!parsed.ok) for (const e of parsed.errors) console.error(formatManifestError(e));
 * const { objects } = expandLists(parsed.documents, { file: 'deploy.yaml' });
 * ```
 * No function here throws for bad input; errors are returned as typed data.
 */
export {
  parseManifests,
  parseManifestsWithYaml,
  splitStream,
  utf8LengthExceeds,
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
} from './parse';
export type {ParseManifestsOptions, ParseManifestsResult} from './parse';
export {expandLists, isListKind} from './expand';
export {loadManifests} from './load';
export type {LoadedManifests} from './load';
export type {ExpandListsResult} from './expand';
export {DEFAULT_FILE_NAME, formatManifestError, isManifestError} from './errors';
export type {ManifestError, ManifestErrorKind} from './errors';
export {isJsonObject} from './types';
export type {JsonObject, JsonPrimitive, JsonValue, ManifestObject, ParsedDoc} from './types';
