/**
 * `evaluateText`: parse a YAML/JSON stream (via the shared manifest parser), expand
 * Lists, and evaluate every object. Input problems come back as data
 * ({@link ManifestError}s); only an invalid level/version throws {@link PssInputError}.
 */
import type {ManifestError} from '../manifest/errors';
import {DEFAULT_FILE_NAME} from '../manifest/errors';
import {loadManifests} from '../manifest/load';
import {evaluateObjectWithPolicy} from './evaluate';
import type {ObjectEvaluation, PolicyLevel} from './types';
import {policy as makePolicy} from './version';

export interface EvaluateTextOptions {
  readonly level?: PolicyLevel;
  readonly version?: string;
  /** Name used in reports and errors (default `<input>`). */
  readonly file?: string;
  /** Passed to the manifest parser (default: the one limit of every tool, src/lib/manifest/limits.ts). */
  readonly maxBytes?: number;
}

export interface ObjectReport {
  readonly file: string;
  /** Index of the YAML document in the stream. */
  readonly docIndex: number;
  /** Index inside `items` for objects that came from a List. */
  readonly itemIndex?: number;
  /** 1-based line where the object starts. */
  readonly line: number;
  readonly result: ObjectEvaluation;
}

export type EvaluateTextResult =
  | {readonly ok: true; readonly reports: readonly ObjectReport[]}
  | {readonly ok: false; readonly errors: readonly ManifestError[]; readonly reports: readonly ObjectReport[]};

export function evaluateText(text: string, options: EvaluateTextOptions = {}): EvaluateTextResult {
  const p = makePolicy(options.level ?? 'restricted', options.version ?? 'latest');
  const file = options.file ?? DEFAULT_FILE_NAME;
  const {objects, errors} = loadManifests(
    text,
    options.maxBytes === undefined ? {file} : {file, maxBytes: options.maxBytes},
  );
  const reports: ObjectReport[] = objects.map((o) => {
    const base = {file, docIndex: o.docIndex, line: o.line, result: evaluateObjectWithPolicy(o.value, p)};
    return o.itemIndex === undefined ? base : {...base, itemIndex: o.itemIndex};
  });
  return errors.length === 0 ? {ok: true, reports} : {ok: false, errors, reports};
}
