import {DEFAULT_FILE_NAME} from './errors';
import type {ManifestError} from './errors';
import type {JsonObject, ManifestObject, ParsedDoc} from './types';
import {isJsonObject} from './types';
import {setSource, sourceOf} from './locate';
import {own} from '../format/value';

export interface ExpandListsResult {
  readonly objects: readonly ManifestObject[];
  /** One `not-an-object` error per List item that is not a mapping. */
  readonly errors: readonly ManifestError[];
}

/** `List` or any `<Kind>List` (PodList, DeploymentList, ...). */
export function isListKind(kind: unknown): kind is string {
  return typeof kind === 'string' && kind.endsWith('List');
}

/**
 * Replaces every `kind: List` / `kind: <Kind>List` document that has an `items`
 * sequence by its items, keeping the source document index and pointing each item at
 * its own line. API list responses (e.g. `PodList`) omit `kind`/`apiVersion` on their
 * items; those are filled in from the list (`PodList` -> `Pod`), on a shallow copy.
 */
export function expandLists(
  documents: readonly ParsedDoc[],
  options: {readonly file?: string} = {},
): ExpandListsResult {
  const objects: ManifestObject[] = [];
  const errors: ManifestError[] = [];
  const file = options.file ?? DEFAULT_FILE_NAME;
  for (const doc of documents) {
    const kind = doc.value['kind'];
    const items = own(doc.value, 'items');
    const source = sourceOf(doc);
    if (!isListKind(kind) || !Array.isArray(items)) {
      const object: ManifestObject =
        doc.column === undefined
          ? {docIndex: doc.index, line: doc.line, value: doc.value}
          : {docIndex: doc.index, line: doc.line, column: doc.column, value: doc.value};
      if (source !== undefined) setSource(object, source.source, source.prefix);
      objects.push(object);
      continue;
    }
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    const apiVersion = doc.value['apiVersion'];
    items.forEach((item, itemIndex) => {
      const line = doc.itemLines?.[itemIndex] ?? doc.line;
      if (!isJsonObject(item)) {
        errors.push({
          kind: 'not-an-object',
          file,
          line,
          docIndex: doc.index,
          message: `item ${itemIndex + 1} of the ${kind} in document ${doc.index + 1} is not a Kubernetes object (a mapping)`,
          hint: 'Every entry of items: must be a mapping with apiVersion, kind and metadata.',
        });
        return;
      }
      let value: JsonObject = item;
      if (itemKind !== undefined && !Object.hasOwn(item, 'kind')) {
        value = {...item, kind: itemKind};
        if (typeof apiVersion === 'string' && !Object.hasOwn(item, 'apiVersion')) {
          value = {...value, apiVersion};
        }
      }
      const object: ManifestObject = {docIndex: doc.index, itemIndex, listKind: kind, line, value};
      if (source !== undefined) setSource(object, source.source, [...source.prefix, 'items', itemIndex]);
      objects.push(object);
    });
  }
  return {objects, errors};
}
