/**
 * Shared, hardened Kubernetes manifest parsing (YAML or JSON streams): the one reader
 * behind the PSS checker, the RBAC analyzer, the examples check, the CLIs and every
 * future engine.
 *
 * Usage:
 * ```ts
 * const loaded = loadManifests(text, {file: 'deploy.yaml'});
 * for (const e of loaded.errors) console.error(formatManifestError(e));
 * for (const o of loaded.objects) locateField(o, ['spec', 'containers', 0]); // {line, column}
 * ```
 * No function here throws for bad input; errors are returned as typed data. The limits
 * and why they have their values: limits.ts.
 */
export {parseManifests, parseManifestsWithYaml, splitStream, findExcessiveNesting, findUnclosedOpening} from './parse';
export type {ParseManifestsOptions, ParseManifestsResult} from './parse';
export {
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  MAX_DOCUMENTS,
  MAX_DOCUMENT_TOKENS,
  MAX_INPUT_BYTES,
  MAX_SHARED_STATE_BYTES,
  describeBytes,
  exceedsInputLimit,
  inputTooLarge,
  inputTooLargeError,
  inputTooLargeText,
  utf8LengthExceeds,
} from './limits';
export type {InputTooLarge} from './limits';
export {locateField} from './locate';
export type {PathSegment, SourcePosition} from './locate';
export {expandLists, isListKind} from './expand';
export {loadManifests} from './load';
export type {LoadedManifests} from './load';
export type {ExpandListsResult} from './expand';
export {readInputs, memoryInputIO, MANIFEST_FILE_PATTERN, STDIN_NAME} from './cliInput';
export type {CliInput, CliInputIO, CliInputs, PathInfo} from './cliInput';
export {DEFAULT_FILE_NAME, formatManifestError, isManifestError} from './errors';
export type {ManifestError, ManifestErrorKind} from './errors';
export {isJsonObject} from './types';
export type {JsonObject, JsonPrimitive, JsonValue, ManifestObject, ParsedDoc} from './types';
