/**
 * Policy levels and versions, parsed like upstream `api.ParseLevel` / `api.ParseVersion`
 * (`staging/src/k8s.io/pod-security-admission/api/helpers.go`): a version is `latest` or
 * `v1.<minor>` without leading zeros. A minor newer than the newest policy version known
 * here is evaluated as that newest version, exactly like the upstream registry clamps to
 * its `maxVersion` (the highest `MinimumVersion` of any check).
 */
import type {PolicyLevel} from './types';

/** The newest policy version with a check revision (sysctls gained entries in v1.37). */
export const NEWEST_MINOR = 37;
export const NEWEST_VERSION = `v1.${NEWEST_MINOR}`;
export const POLICY_LEVELS: readonly PolicyLevel[] = ['privileged', 'baseline', 'restricted'];

export interface PolicyVersion {
  /** As requested and normalised: `latest` or `v1.N`. */
  readonly label: string;
  /** Minor version the checks are evaluated at (0..NEWEST_MINOR). */
  readonly minor: number;
}

export interface Policy {
  readonly level: PolicyLevel;
  readonly version: PolicyVersion;
}

export type PssInputErrorCode = 'invalid-level' | 'invalid-version';

/** Invalid level or version given by a caller. */
export class PssInputError extends Error {
  override readonly name = 'PssInputError';
  constructor(
    readonly code: PssInputErrorCode,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export type ParseResult<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: PssInputError};

const VERSION_RE = /^v1\.(0|[1-9][0-9]*)$/;

export function parseVersion(input: string): ParseResult<PolicyVersion> {
  if (input === 'latest') return {ok: true, value: {label: 'latest', minor: NEWEST_MINOR}};
  const match = typeof input === 'string' ? VERSION_RE.exec(input) : null;
  const digits = match?.[1];
  if (digits === undefined) {
    return {
      ok: false,
      error: new PssInputError(
        'invalid-version',
        `invalid policy version ${JSON.stringify(input)}: must be "latest" or "v1.x"`,
        `Use "latest" or a Kubernetes minor version such as "v1.30" (no leading zeros).`,
      ),
    };
  }
  const requested = digits.length > 6 ? Number.MAX_SAFE_INTEGER : Number(digits);
  return {ok: true, value: {label: `v1.${digits}`, minor: Math.min(requested, NEWEST_MINOR)}};
}

export function parseLevel(input: string): ParseResult<PolicyLevel> {
  if (input === 'privileged' || input === 'baseline' || input === 'restricted') return {ok: true, value: input};
  return {
    ok: false,
    error: new PssInputError(
      'invalid-level',
      `invalid policy level ${JSON.stringify(input)}: must be one of privileged, baseline, restricted`,
      'Use "baseline" or "restricted" ("privileged" allows everything).',
    ),
  };
}

export function parsePolicy(level: string, version: string): ParseResult<Policy> {
  const l = parseLevel(level);
  if (!l.ok) return l;
  const v = parseVersion(version);
  if (!v.ok) return v;
  return {ok: true, value: {level: l.value, version: v.value}};
}

/** Like {@link parsePolicy} but throws {@link PssInputError}. */
export function policy(level: string, version = 'latest'): Policy {
  const p = parsePolicy(level, version);
  if (!p.ok) throw p.error;
  return p.value;
}

export function versionLabel(minor: number): string {
  return `v1.${minor}`;
}
