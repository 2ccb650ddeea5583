import {describe, expect, it} from 'vitest';
import {expandLists, isListKind} from './expand';
import {parseManifests} from './parse';

function expand(text: string): ReturnType<typeof expandLists> {
  return expandLists(parseManifests(text).documents, {file: 'l.yaml'});
}

describe('expandLists', () => {
  it('replaces a List by its items, keeping the document index and item lines', () => {
    const r = expand(
      'kind: Service\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: apps/v1\n  kind: Deployment\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => [o.docIndex, o.itemIndex, o.line, o.value['kind']])).toEqual([
      [0, undefined, 1, 'Service'],
      [1, 0, 6, 'Pod'],
      [1, 1, 9, 'Deployment'],
    ]);
  });

  it('fills in kind and apiVersion of typed list items (API responses omit them)', () => {
    const r = expand('apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n- kind: Pod\n  apiVersion: v2\n');
    expect(r.objects.map((o) => o.value)).toEqual([
      {metadata: {name: 'a'}, kind: 'Pod', apiVersion: 'v1'},
      {kind: 'Pod', apiVersion: 'v2'},
    ]);
  });

  it('reports non-object items and leaves lists without items alone', () => {
    const r = expand('kind: List\nitems:\n- 1\n- kind: Pod\n---\nkind: PodList\n');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({kind: 'not-an-object', file: 'l.yaml', line: 3, docIndex: 0});
    expect(r.objects.map((o) => o.value['kind'])).toEqual(['Pod', 'PodList']);
  });

  it('uses the document line for flow items', () => {
    const r = expand('kind: List\nitems: [{kind: Pod}, {kind: Job}]\n');
    expect(r.objects.map((o) => o.line)).toEqual([2, 2]);
  });

  it('recognises list kinds', () => {
    expect(isListKind('List')).toBe(true);
    expect(isListKind('DeploymentList')).toBe(true);
    expect(isListKind('Pod')).toBe(false);
    expect(isListKind(3)).toBe(false);
  });
});
