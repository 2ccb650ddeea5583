import {expandLists} from './expand';
import type {ManifestError} from './errors';
import {parseManifests} from './parse';
import type {ManifestObject} from './types';

export interface LoadedManifests {
  readonly file: string;
  /** Documents in the stream (before Lists are expanded); 0 means the input was empty. */
  readonly documentCount: number;
  /** Every object, List items one by one. */
  readonly objects: readonly ManifestObject[];
  /** Parse errors, then List item errors; none when the input is usable. */
  readonly errors: readonly ManifestError[];
}

/** Parses a manifest stream and expands its Lists: the one way the engines read input. */
export function loadManifests(
  text: string,
  options: {readonly file: string; readonly maxBytes?: number},
): LoadedManifests {
  const {file} = options;
  const parsed = parseManifests(text, options.maxBytes === undefined ? {file} : {file, maxBytes: options.maxBytes});
  const expanded = expandLists(parsed.documents, {file});
  return {
    file,
    documentCount: parsed.documents.length,
    objects: expanded.objects,
    errors: [...(parsed.ok ? [] : parsed.errors), ...expanded.errors],
  };
}
