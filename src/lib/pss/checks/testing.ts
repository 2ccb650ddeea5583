/**
 * Helpers for the check unit tests: build a decoded pod view from a spec literal and
 * run a check's fixer on a private copy. Kept out of `*.test.ts` so every check test can
 * share them; not part of the public API.
 */
import {locateTemplate} from '../evaluate';
import {cloneJson} from '../fix';
import type {PodView, RawObject} from '../podView';
import {decodePod} from '../podView';
import {activeRevision, type CheckDefinition, type CheckFailure} from './check';

const POD = {group: '', template: [] as readonly string[], optionalTemplate: false};

/** A decoded `kind: Pod` with the given spec and optional metadata. */
export function podView(spec: unknown, metadata?: unknown): PodView {
  const obj: RawObject = {apiVersion: 'v1', kind: 'Pod', spec};
  if (metadata !== undefined) obj['metadata'] = metadata;
  const location = locateTemplate(obj, POD, 'Pod');
  if (location === undefined) throw new Error('no template');
  return decodePod(location);
}

/** The revision of `def` that applies at `minor`. */
export function revisionAt(def: CheckDefinition, minor: number): (pod: PodView) => CheckFailure | undefined {
  const found = activeRevision(def, minor);
  if (found === undefined) throw new Error(`${def.id} does not exist at v1.${minor}`);
  return found.check;
}

/** Applies `def.fix` to a copy of the pod and returns the check result afterwards. */
export function fixThenCheck(
  def: CheckDefinition,
  spec: unknown,
  minor: number,
  metadata?: unknown,
): CheckFailure | undefined {
  const copy = cloneJson(spec);
  const meta = metadata === undefined ? undefined : cloneJson(metadata);
  const before = podView(copy, meta);
  def.fix(before, minor);
  return revisionAt(def, minor)(podView(copy, meta));
}
