/** Builders for the netpol tests: objects as plain data, loaded through the real parser. */
import {expect} from 'vitest';
import {Analyzer} from './evaluate';
import {loadNetpol, type LoadResult} from './load';
import {resolveEndpoint} from './query';
import type {ConnectionResult, Endpoint} from './types';
import type {Protocol} from './ports';

export type Obj = Record<string, unknown>;

/** A multi-document YAML stream of the objects (JSON is YAML). */
export function stream(objects: readonly Obj[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}

export function load(objects: readonly Obj[], file = 'test.yaml'): LoadResult {
  return loadNetpol([{file, text: stream(objects)}]);
}

export function analyzer(objects: readonly Obj[]): Analyzer {
  const r = load(objects);
  expect(r.errors).toEqual([]);
  return new Analyzer(r.model);
}

export function ns(name: string, labels: Record<string, string> = {}): Obj {
  return {apiVersion: 'v1', kind: 'Namespace', metadata: {name, labels}};
}

export interface PortDecl {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol?: Protocol;
}

export function pod(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ports: readonly PortDecl[] = [],
  extra: Obj = {},
): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {name, namespace, labels},
    spec: {containers: [{name: 'c', image: 'busybox', ports}], ...extra},
  };
}

export function deployment(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ports: readonly PortDecl[] = [],
): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {name, namespace},
    spec: {
      selector: {matchLabels: labels},
      template: {metadata: {labels}, spec: {containers: [{name: 'c', image: 'app', ports}]}},
    },
  };
}

export function policy(namespace: string, name: string, spec: Obj): Obj {
  return {apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name, namespace}, spec};
}

export function endpoint(a: Analyzer, text: string): Endpoint {
  const r = resolveEndpoint(a.model, text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function can(a: Analyzer, from: string, to: string, port?: number, protocol?: Protocol): ConnectionResult {
  return a.can({
    from: endpoint(a, from),
    to: endpoint(a, to),
    ...(port !== undefined ? {port} : {}),
    ...(protocol !== undefined ? {protocol} : {}),
  });
}

export function allowed(a: Analyzer, from: string, to: string, port?: number, protocol?: Protocol): boolean {
  return can(a, from, to, port, protocol).allowed;
}
