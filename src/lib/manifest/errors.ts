/**
 * Typed input errors for manifest parsing.
 *
 * Style decision: parsing never throws for bad input. {@link parseManifests} returns a
 * discriminated union (`{ok: true, documents}` / `{ok: false, errors, documents}`) whose
 * error side is a list of plain-data {@link ManifestError}s. Each error names the file,
 * the 1-based line (and column when known), says what is wrong (`message`) and how to
 * fix it (`hint`), so UIs and CLIs can print it without further lookups.
 */
import {formatLocation} from '../format/textPosition';

export type ManifestErrorKind =
  /** The input is larger than the configured byte limit; nothing was parsed. */
  | 'too-large'
  /** The YAML is malformed (yaml reports line and column). */
  | 'yaml-syntax'
  /** A mapping repeats a key; Kubernetes tooling rejects this too. */
  | 'duplicate-key'
  /** Aliases expand too much (billion-laughs style alias bomb). */
  | 'alias-limit'
  /** A document is a scalar or a sequence instead of a Kubernetes object (a mapping). */
  | 'not-an-object'
  /** Collections are nested deeper than the configured limit. */
  | 'too-deep'
  /** A value YAML can express but JSON (and the Kubernetes API) cannot, e.g. a custom tag. */
  | 'unsupported-value'
  /** A CLI input (file, directory, standard input) could not be read. */
  | 'unreadable';

export interface ManifestError {
  readonly kind: ManifestErrorKind;
  /** File name as given by the caller (`<input>` when none was given). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** 0-based index of the document in the stream, when the error belongs to one document (messages say `document ${docIndex + 1}`). */
  readonly docIndex?: number;
  readonly message: string;
  /** How to fix the input. */
  readonly hint: string;
}

export const DEFAULT_FILE_NAME = '<input>';

/** `file:line[:column]: message` followed by an indented hint line (`file: message` when a file could not be read). */
export function formatManifestError(error: ManifestError): string {
  const where = error.kind === 'unreadable' ? error.file : formatLocation(error);
  return `${where}: ${error.message}\n  hint: ${error.hint}`;
}

export function isManifestError(value: unknown): value is ManifestError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['kind'] === 'string' &&
    typeof v['file'] === 'string' &&
    typeof v['line'] === 'number' &&
    typeof v['message'] === 'string' &&
    typeof v['hint'] === 'string'
  );
}

/**
 * How a message names the object it is about: `RoleBinding "x" in namespace "y"`,
 * `ClusterRole "x"`, `NetworkPolicy (no name)` (RBAC and NetworkPolicy issues).
 */
export function describeObject(kind: string, name: string | undefined, namespace?: string): string {
  const named = name ? `${kind} "${name}"` : `${kind} (no name)`;
  return namespace ? `${named} in namespace "${namespace}"` : named;
}

/** A problem a tool found in its input (RBAC, NetworkPolicy): where, what, and how to fix it. */
export interface ToolIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  /** The object concerned, from {@link describeObject}. */
  readonly object?: string;
  readonly message: string;
  readonly fix: string;
  /** `unreadable` when the file could not be read: the message then names the file only. */
  readonly code?: string;
}

/** `file:line[:column]: [warning: ][object: ]message` and an indented fix line, as the CLIs and graders print issues. */
export function formatIssue(issue: ToolIssue): string {
  const where = issue.code === 'unreadable' ? issue.file : formatLocation(issue);
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  const object = issue.object ? `${issue.object}: ` : '';
  return `${where}: ${prefix}${object}${issue.message}\n  fix: ${issue.fix}`;
}
