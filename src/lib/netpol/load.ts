/**
 * Reads manifests into the analyzer's model: Namespaces, Pods and workloads
 * (as endpoints) and NetworkPolicies, validated the way the API server
 * validates NetworkPolicy (kubernetes/kubernetes
 * pkg/apis/networking/validation/validation.go) and defaulted the way it
 * defaults them (pkg/apis/networking/v1/defaults.go). Other kinds are counted
 * and ignored. Parsing is src/lib/manifest's `loadManifests` (Lists expanded,
 * `PodList` items without `kind` become Pods).
 */
import {describeObject} from '../manifest/errors';
import {MAX_INPUT_BYTES} from '../manifest/limits';
import {loadManifests} from '../manifest/load';
import type {JsonObject, JsonValue} from '../manifest/types';
import {isJsonObject} from '../manifest/types';
import {describeValue, own} from '../format/value';
import {parseCidr, isStrictSubset} from './cidr';
import {dns1123Label, dns1123Subdomain, labelValue, portName, qualifiedName} from './names';
import {isProtocol, MAX_PORT, MIN_PORT, type Protocol} from './ports';
import type {
  ContainerPort,
  Direction,
  EndpointKind,
  InputIssue,
  IpBlockPeer,
  LabelSelector,
  NamespaceInfo,
  NetpolModel,
  NetworkPolicy,
  Peer,
  PodEndpoint,
  PolicyPort,
  PolicyRule,
  SourceRef,
} from './types';
import {ENDPOINT_KINDS} from './types';

export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
/** The input cap: the one every tool uses (src/lib/manifest/limits.ts). */
export const DEFAULT_MAX_BYTES = MAX_INPUT_BYTES;

export interface InputFile {
  readonly file: string;
  readonly text: string;
}

export interface LoadResult {
  /** True when there were no errors (warnings are fine). */
  readonly ok: boolean;
  /** Built from the valid objects, even when `ok` is false. */
  readonly model: NetpolModel;
  readonly errors: readonly InputIssue[];
  readonly warnings: readonly InputIssue[];
  /** Documents read (0: the input was empty). */
  readonly documents: number;
}

/** Where each kind keeps its pod template (the object holding metadata and spec). */
const TEMPLATE_PATH: Readonly<Record<EndpointKind, readonly string[]>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const API_GROUP: Readonly<Record<EndpointKind, string>> = {
  Pod: '',
  ReplicationController: '',
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
};

function isEndpointKind(kind: string): kind is EndpointKind {
  return (ENDPOINT_KINDS as readonly string[]).includes(kind);
}

class Reporter {
  readonly errors: InputIssue[] = [];
  readonly warnings: InputIssue[] = [];
  constructor(
    readonly source: SourceRef,
    readonly object: string,
  ) {}
  error(path: string, message: string, fix: string): void {
    this.errors.push({
      severity: 'error',
      ...this.source,
      object: this.object,
      path,
      message: `${path}: ${message}`,
      fix,
    });
  }
  /** The items of a list field; [] when it is unset (missing or null) or, reported, not a list. */
  list(value: JsonValue | undefined, path: string, fix: string, what = 'a list'): readonly JsonValue[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.error(path, `must be ${what}, not ${describeValue(value)}`, fix);
    return [];
  }
  warn(path: string, message: string, fix: string): void {
    this.warnings.push({
      severity: 'warning',
      ...this.source,
      object: this.object,
      path,
      message: `${path}: ${message}`,
      fix,
    });
  }
}

const LABELS_FIX = 'Write labels as a mapping of strings, e.g. labels: {app: web}. Quote values such as "true" or "1".';

/** Decodes a label mapping (metadata.labels or matchLabels); invalid entries are reported and skipped. */
function decodeLabels(value: JsonValue | undefined, path: string, r: Reporter): Map<string, string> {
  const labels = new Map<string, string>();
  if (value === undefined || value === null) return labels;
  if (!isJsonObject(value)) {
    r.error(path, `must be a mapping, not ${describeValue(value)}`, LABELS_FIX);
    return labels;
  }
  for (const key of Object.keys(value)) {
    const v = value[key];
    const keyProblem = qualifiedName(key);
    if (keyProblem) {
      r.error(
        `${path}.${key}`,
        `invalid label key ${JSON.stringify(key)}: ${keyProblem}`,
        'Use a key such as app or example.com/tier.',
      );
      continue;
    }
    if (typeof v !== 'string') {
      r.error(`${path}.${key}`, `label values must be strings, not ${describeValue(v)}`, LABELS_FIX);
      continue;
    }
    const valueProblem = labelValue(v);
    if (valueProblem) {
      r.error(
        `${path}.${key}`,
        `invalid label value ${JSON.stringify(v)}: ${valueProblem}`,
        'Use at most 63 letters, digits, -, _ or . starting and ending with a letter or digit.',
      );
      continue;
    }
    labels.set(key, v);
  }
  return labels;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

/** `ValidateLabelSelector`: undefined for a missing (or null) selector, which is not the same as `{}`. */
function decodeSelector(value: JsonValue | undefined, path: string, r: Reporter): LabelSelector | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) {
    r.error(
      path,
      `must be a label selector mapping, not ${describeValue(value)}`,
      'Use {} for "everything", or matchLabels / matchExpressions.',
    );
    return {matchLabels: new Map(), matchExpressions: []};
  }
  const matchLabels = decodeLabels(own(value, 'matchLabels'), `${path}.matchLabels`, r);
  const expressions: {key: string; operator: (typeof OPERATORS)[number]; values: string[]}[] = [];
  r.list(
    own(value, 'matchExpressions'),
    `${path}.matchExpressions`,
    'Write - {key: tier, operator: In, values: [web]}.',
  ).forEach((item, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    if (!isJsonObject(item)) {
      r.error(p, `must be a mapping, not ${describeValue(item)}`, 'Write - {key: tier, operator: In, values: [web]}.');
      return;
    }
    const key = own(item, 'key');
    const operator = own(item, 'operator');
    const values = own(item, 'values');
    if (typeof key !== 'string' || qualifiedName(key) !== undefined) {
      r.error(
        `${p}.key`,
        typeof key === 'string' ? `invalid key: ${qualifiedName(key) ?? ''}` : 'Required value',
        'Give the label key the expression tests, e.g. key: tier.',
      );
      return;
    }
    if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
      r.error(
        `${p}.operator`,
        `Unsupported value: ${JSON.stringify(operator ?? '')}: supported values: "In", "NotIn", "Exists", "DoesNotExist"`,
        'Use one of In, NotIn, Exists, DoesNotExist (case matters).',
      );
      return;
    }
    const list: string[] = [];
    if (values !== undefined && values !== null) {
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
        r.error(`${p}.values`, 'must be a list of strings', 'Write values: ["a", "b"].');
        return;
      }
      for (const v of values as string[]) {
        const problem = labelValue(v);
        if (problem) {
          r.error(`${p}.values`, `invalid label value ${JSON.stringify(v)}: ${problem}`, 'Use valid label values.');
          return;
        }
        list.push(v);
      }
    }
    const op = operator as (typeof OPERATORS)[number];
    if ((op === 'In' || op === 'NotIn') && list.length === 0) {
      r.error(
        `${p}.values`,
        "must be specified when `operator` is 'In' or 'NotIn'",
        `Add the values to test, or use Exists / DoesNotExist.`,
      );
      return;
    }
    if ((op === 'Exists' || op === 'DoesNotExist') && list.length > 0) {
      r.error(
        `${p}.values`,
        "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        'Remove values:, or use In / NotIn.',
      );
      return;
    }
    expressions.push({key, operator: op, values: list});
  });
  return {matchLabels, matchExpressions: expressions};
}

function decodeIpBlock(value: JsonValue | undefined, path: string, r: Reporter): IpBlockPeer | undefined {
  if (!isJsonObject(value)) {
    r.error(
      path,
      `must be a mapping, not ${describeValue(value)}`,
      'Write ipBlock: {cidr: 203.0.113.0/24, except: [...]}.',
    );
    return undefined;
  }
  const cidrText = own(value, 'cidr');
  if (typeof cidrText !== 'string' || cidrText === '') {
    r.error(
      `${path}.cidr`,
      'Required value',
      'Give the block in CIDR notation, e.g. cidr: 10.0.0.0/16 or cidr: 0.0.0.0/0.',
    );
    return undefined;
  }
  const cidr = parseCidr(cidrText);
  if (!cidr) {
    r.error(
      `${path}.cidr`,
      `Invalid value: ${JSON.stringify(cidrText)}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
      'Write an address and a prefix length: 10.0.0.0/8, 203.0.113.7/32, 2001:db8::/32. A single address needs /32 (IPv4) or /128 (IPv6).',
    );
    return undefined;
  }
  const except = [];
  const rawExcept = r.list(own(value, 'except'), `${path}.except`, 'Write except: [169.254.169.254/32].');
  for (let i = 0; i < rawExcept.length; i++) {
    const text = rawExcept[i];
    const p = `${path}.except[${i}]`;
    const c = typeof text === 'string' ? parseCidr(text) : undefined;
    if (!c) {
      r.error(
        p,
        `Invalid value: ${JSON.stringify(text)}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
        'Write a CIDR such as 169.254.169.254/32.',
      );
      continue;
    }
    if (!isStrictSubset(c, cidr)) {
      r.error(
        p,
        `Invalid value: ${JSON.stringify(text)}: must be a strict subset of \`cidr\``,
        `Each except block must lie inside ${cidrText}, in the same IP family, with a longer prefix; move it to another ipBlock or widen cidr.`,
      );
      continue;
    }
    except.push(c);
  }
  return {cidr, except};
}

/** `ValidateNetworkPolicyPeer`. */
function decodePeer(value: JsonValue | undefined, path: string, r: Reporter): Peer | undefined {
  if (!isJsonObject(value)) {
    r.error(
      path,
      `must be a mapping, not ${describeValue(value)}`,
      'Write a peer with podSelector, namespaceSelector or ipBlock.',
    );
    return undefined;
  }
  const errorsBefore = r.errors.length;
  const podSelector = decodeSelector(own(value, 'podSelector'), `${path}.podSelector`, r);
  const namespaceSelector = decodeSelector(own(value, 'namespaceSelector'), `${path}.namespaceSelector`, r);
  const rawIp = own(value, 'ipBlock');
  const ipBlock = rawIp === undefined || rawIp === null ? undefined : decodeIpBlock(rawIp, `${path}.ipBlock`, r);
  const count = (podSelector ? 1 : 0) + (namespaceSelector ? 1 : 0) + (rawIp !== undefined && rawIp !== null ? 1 : 0);
  if (count === 0) {
    r.error(
      path,
      'Required value: must specify a peer',
      'Give podSelector, namespaceSelector or ipBlock; to allow every peer, leave out from:/to: altogether.',
    );
    return undefined;
  }
  if (count > 1 && rawIp !== undefined && rawIp !== null) {
    r.error(
      path,
      'Forbidden: may not specify both ipBlock and another peer',
      'Put ipBlock in a peer of its own (a separate list item).',
    );
    return undefined;
  }
  if (r.errors.length > errorsBefore) return undefined;
  return {
    ...(podSelector ? {podSelector} : {}),
    ...(namespaceSelector ? {namespaceSelector} : {}),
    ...(ipBlock ? {ipBlock} : {}),
  };
}

/** `ValidateNetworkPolicyPort` plus the TCP default of `SetDefaults_NetworkPolicyPort`. */
function decodePolicyPort(value: JsonValue | undefined, path: string, r: Reporter): PolicyPort | undefined {
  if (!isJsonObject(value)) {
    r.error(path, `must be a mapping, not ${describeValue(value)}`, 'Write - {protocol: TCP, port: 8443}.');
    return undefined;
  }
  const before = r.errors.length;
  const rawProtocol = own(value, 'protocol');
  let protocol: Protocol = 'TCP';
  if (rawProtocol !== undefined && rawProtocol !== null) {
    if (!isProtocol(rawProtocol)) {
      r.error(
        `${path}.protocol`,
        `Unsupported value: ${JSON.stringify(rawProtocol)}: supported values: "TCP", "UDP", "SCTP"`,
        'Use TCP, UDP or SCTP in capitals, or leave it out for TCP.',
      );
    } else protocol = rawProtocol;
  }
  const port = own(value, 'port');
  const endPort = own(value, 'endPort');
  if (endPort !== undefined && endPort !== null && (typeof endPort !== 'number' || !Number.isInteger(endPort))) {
    r.error(`${path}.endPort`, `must be an integer, not ${describeValue(endPort)}`, 'Write endPort: 32768.');
    return undefined;
  }
  const end = typeof endPort === 'number' ? endPort : undefined;
  let decodedPort: number | string | undefined;
  if (port === undefined || port === null) {
    if (end !== undefined)
      r.error(
        `${path}.endPort`,
        `Invalid value: ${end}: may not be specified when \`port\` is not specified`,
        'Add port: (the first port of the range), or remove endPort.',
      );
  } else if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
      r.error(
        `${path}.port`,
        `Invalid value: ${port}: must be between 1 and 65535, inclusive`,
        'Use a port number from 1 to 65535, or a named port.',
      );
    }
    if (end !== undefined) {
      if (end < port)
        r.error(
          `${path}.endPort`,
          `Invalid value: ${port}: must be greater than or equal to \`port\``,
          `Make endPort at least ${port}, or swap port and endPort.`,
        );
      if (end < MIN_PORT || end > MAX_PORT)
        r.error(
          `${path}.endPort`,
          `Invalid value: ${end}: must be between 1 and 65535, inclusive`,
          'Use a port number from 1 to 65535.',
        );
    }
    decodedPort = port;
  } else if (typeof port === 'string') {
    if (end !== undefined)
      r.error(
        `${path}.endPort`,
        `Invalid value: ${end}: may not be specified when \`port\` is non-numeric`,
        'A range needs numbers: write port: 8000 and endPort: 8080, or remove endPort to use the named port.',
      );
    const problem = portName(port);
    if (problem)
      r.error(
        `${path}.port`,
        `Invalid value: ${JSON.stringify(port)}: ${problem}`,
        /^[0-9]+$/.test(port)
          ? `Write the number without quotes: port: ${port}.`
          : 'Use the name of a container port (at most 15 lower-case letters, digits and hyphens).',
      );
    decodedPort = port;
  } else {
    r.error(
      `${path}.port`,
      `must be a number or a port name, not ${describeValue(port)}`,
      'Write port: 8443 or port: https.',
    );
  }
  if (r.errors.length > before) return undefined;
  return {
    protocol,
    ...(decodedPort !== undefined ? {port: decodedPort} : {}),
    ...(end !== undefined ? {endPort: end} : {}),
  };
}

function decodeRules(value: JsonValue | undefined, direction: Direction, path: string, r: Reporter): PolicyRule[] {
  const peerKey = direction === 'ingress' ? 'from' : 'to';
  const rules: PolicyRule[] = [];
  r.list(value, path, `Write ${direction}: [] (nothing allowed) or - ${peerKey}: [...].`, 'a list of rules').forEach(
    (raw, index) => {
      const p = `${path}[${index}]`;
      if (raw !== null && !isJsonObject(raw)) {
        r.error(
          p,
          `must be a mapping, not ${describeValue(raw)}`,
          `Write - {${peerKey}: [...], ports: [...]}; an empty rule {} allows everything.`,
        );
        return;
      }
      const rule = raw ?? {};
      const peers: Peer[] = [];
      r.list(own(rule, peerKey), `${p}.${peerKey}`, `Write ${peerKey}: [- podSelector: ...].`).forEach((peer, i) => {
        const decoded = decodePeer(peer, `${p}.${peerKey}[${i}]`, r);
        if (decoded) peers.push(decoded);
      });
      const ports: PolicyPort[] = [];
      r.list(own(rule, 'ports'), `${p}.ports`, 'Write ports: [- {protocol: TCP, port: 443}].').forEach((port, i) => {
        const decoded = decodePolicyPort(port, `${p}.ports[${i}]`, r);
        if (decoded) ports.push(decoded);
      });
      rules.push({direction, index, peers, ports});
    },
  );
  return rules;
}

function metadataOf(obj: JsonObject, r: Reporter): {name: string; namespace: string; meta: JsonObject | undefined} {
  const meta = own(obj, 'metadata');
  const m = isJsonObject(meta) ? meta : undefined;
  if (meta !== undefined && meta !== null && !m)
    r.error(
      'metadata',
      `must be a mapping, not ${describeValue(meta)}`,
      'Write metadata: {name: ..., namespace: ...}.',
    );
  const name = own(m, 'name');
  const namespace = own(m, 'namespace');
  return {
    name: typeof name === 'string' ? name : '',
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : 'default',
    meta: m,
  };
}

function decodePolicy(obj: JsonObject, source: SourceRef, r: Reporter): NetworkPolicy | undefined {
  const {name, namespace} = metadataOf(obj, r);
  const apiVersion = own(obj, 'apiVersion');
  if (typeof apiVersion === 'string' && apiVersion !== 'networking.k8s.io/v1') {
    r.error(
      'apiVersion',
      `NetworkPolicy is served as networking.k8s.io/v1, not ${apiVersion} (extensions/v1beta1 was removed in v1.16)`,
      'Write apiVersion: networking.k8s.io/v1.',
    );
  }
  if (name === '')
    r.error('metadata.name', 'Required value: name or generateName is required', 'Give the policy a name.');
  else {
    const problem = dns1123Subdomain(name);
    if (problem)
      r.error(
        'metadata.name',
        `Invalid value: ${JSON.stringify(name)}: ${problem}`,
        'Use lower-case letters, digits, - and . only.',
      );
  }
  const rawSpec = own(obj, 'spec');
  if (rawSpec !== undefined && rawSpec !== null && !isJsonObject(rawSpec)) {
    r.error('spec', `must be a mapping, not ${describeValue(rawSpec)}`, 'Write spec: {podSelector: {}, ...}.');
    return undefined;
  }
  const spec = rawSpec ?? {};
  const rawSelector = own(spec, 'podSelector');
  let podSelector = decodeSelector(rawSelector, 'spec.podSelector', r);
  if (!podSelector) {
    r.warn(
      'spec.podSelector',
      'missing: an absent podSelector is read as {} and selects every pod in the namespace',
      'Write podSelector: {} to say so explicitly, or a selector for the pods you mean.',
    );
    podSelector = {matchLabels: new Map(), matchExpressions: []};
  }
  const ingress = decodeRules(own(spec, 'ingress'), 'ingress', 'spec.ingress', r);
  const egress = decodeRules(own(spec, 'egress'), 'egress', 'spec.egress', r);
  const rawEgress = own(spec, 'egress');
  const rawTypes = own(spec, 'policyTypes');
  let policyTypes: ('Ingress' | 'Egress')[] = [];
  let defaultedTypes = false;
  if (rawTypes !== undefined && rawTypes !== null && !Array.isArray(rawTypes)) {
    r.error(
      'spec.policyTypes',
      `must be a list, not ${describeValue(rawTypes)}`,
      'Write policyTypes: [Ingress, Egress].',
    );
  } else if (Array.isArray(rawTypes) && rawTypes.length > 2) {
    r.error(
      'spec.policyTypes',
      'Invalid value: may not specify more than two policyTypes',
      'List Ingress, Egress or both, once each.',
    );
  } else if (Array.isArray(rawTypes)) {
    rawTypes.forEach((t, i) => {
      if (t === 'Ingress' || t === 'Egress') {
        if (!policyTypes.includes(t)) policyTypes.push(t);
      } else
        r.error(
          `spec.policyTypes[${i}]`,
          `Unsupported value: ${JSON.stringify(t)}: supported values: "Ingress", "Egress"`,
          'Use Ingress or Egress (capitalized).',
        );
    });
  }
  if (!Array.isArray(rawTypes) || rawTypes.length === 0) {
    // SetDefaults_NetworkPolicy: Ingress always; Egress only when the policy has egress rules.
    defaultedTypes = true;
    policyTypes = Array.isArray(rawEgress) && rawEgress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  if (!defaultedTypes) {
    if (!policyTypes.includes('Ingress') && ingress.length > 0)
      r.warn(
        'spec.ingress',
        'has rules but policyTypes does not list Ingress, so they are ignored',
        'Add Ingress to policyTypes, or remove the ingress rules.',
      );
    if (!policyTypes.includes('Egress') && egress.length > 0)
      r.warn(
        'spec.egress',
        'has rules but policyTypes does not list Egress, so they are ignored',
        'Add Egress to policyTypes, or remove the egress rules.',
      );
  }
  return {
    id: `${namespace}/${name}`,
    namespace,
    name,
    podSelector,
    policyTypes,
    defaultedTypes,
    ingress,
    egress,
    source,
  };
}

function decodeContainerPorts(spec: JsonObject | undefined, path: string, r: Reporter): ContainerPort[] {
  const out: ContainerPort[] = [];
  r.list(own(spec, 'containers'), `${path}.containers`, 'Write containers: [- name: app ...].').forEach((c, ci) => {
    if (!isJsonObject(c)) return;
    const ports = r.list(
      own(c, 'ports'),
      `${path}.containers[${ci}].ports`,
      'Write ports: [- {name: http, containerPort: 8080}].',
    );
    ports.forEach((p, pi) => {
      const pp = `${path}.containers[${ci}].ports[${pi}]`;
      if (!isJsonObject(p)) {
        r.error(pp, `must be a mapping, not ${describeValue(p)}`, 'Write - {name: http, containerPort: 8080}.');
        return;
      }
      const number = own(p, 'containerPort');
      const protocol = own(p, 'protocol') ?? 'TCP';
      const name = own(p, 'name');
      if (typeof number !== 'number' || !Number.isInteger(number) || number < MIN_PORT || number > MAX_PORT) {
        r.error(
          `${pp}.containerPort`,
          `must be between 1 and 65535, inclusive (found ${describeValue(number)})`,
          'Give the port the container listens on.',
        );
        return;
      }
      if (!isProtocol(protocol)) {
        r.error(
          `${pp}.protocol`,
          `Unsupported value: ${JSON.stringify(protocol)}: supported values: "SCTP", "TCP", "UDP"`,
          'Use TCP, UDP or SCTP.',
        );
        return;
      }
      if (name !== undefined && name !== null) {
        if (typeof name !== 'string' || portName(name) !== undefined) {
          r.error(
            `${pp}.name`,
            `Invalid value: ${JSON.stringify(name)}: ${typeof name === 'string' ? (portName(name) ?? '') : 'must be a string'}`,
            'Use at most 15 lower-case letters, digits and hyphens, with at least one letter.',
          );
          return;
        }
        out.push({name, port: number, protocol});
      } else out.push({port: number, protocol});
    });
  });
  return out;
}

function decodeEndpoint(obj: JsonObject, kind: EndpointKind, source: SourceRef, r: Reporter): PodEndpoint | undefined {
  const {name, namespace, meta} = metadataOf(obj, r);
  const apiVersion = own(obj, 'apiVersion');
  if (typeof apiVersion === 'string') {
    const slash = apiVersion.indexOf('/');
    const group = slash === -1 ? '' : apiVersion.slice(0, slash);
    if (group !== API_GROUP[kind]) return undefined; // another API's kind of the same name: not ours
  }
  if (name === '') {
    r.error(
      'metadata.name',
      'Required value: name is required',
      `Give the ${kind} a name so queries can refer to it as namespace/name.`,
    );
    return undefined;
  }
  let holder: JsonObject | undefined = obj;
  let path = '';
  for (const step of TEMPLATE_PATH[kind]) {
    const next: JsonValue | undefined = own(holder, step);
    path = path === '' ? step : `${path}.${step}`;
    if (next === undefined || next === null) {
      holder = undefined;
      break;
    }
    if (!isJsonObject(next)) {
      r.error(path, `must be a mapping, not ${describeValue(next)}`, `Write the ${kind}'s pod template as a mapping.`);
      return undefined;
    }
    holder = next;
  }
  if (!holder) {
    r.warn(
      path,
      `missing: the ${kind} has no pod template, so it stands for no pods`,
      'Add the pod template, or leave the object out.',
    );
    return undefined;
  }
  const prefix = path === '' ? '' : `${path}.`;
  const templateMeta = kind === 'Pod' ? meta : own(holder, 'metadata');
  const labels = decodeLabels(
    isJsonObject(templateMeta) ? own(templateMeta, 'labels') : undefined,
    `${prefix}metadata.labels`,
    r,
  );
  const rawSpec = own(holder, 'spec');
  const spec = isJsonObject(rawSpec) ? rawSpec : undefined;
  if (rawSpec !== undefined && rawSpec !== null && !spec)
    r.error(`${prefix}spec`, `must be a mapping, not ${describeValue(rawSpec)}`, 'Write the pod spec as a mapping.');
  const hostNetwork = own(spec, 'hostNetwork');
  if (hostNetwork !== undefined && hostNetwork !== null && typeof hostNetwork !== 'boolean')
    r.error(
      `${prefix}spec.hostNetwork`,
      `must be true or false, not ${describeValue(hostNetwork)}`,
      'Write hostNetwork: true or leave it out.',
    );
  const ports = decodeContainerPorts(spec, `${prefix}spec`, r);
  return {
    type: 'pod',
    id: `${namespace}/${name}`,
    kind,
    namespace,
    name,
    labels,
    ports,
    hostNetwork: hostNetwork === true,
    source,
  };
}

function formatParseIssue(e: {file: string; line: number; column?: number; message: string; hint: string}): InputIssue {
  return {
    severity: 'error',
    file: e.file,
    line: e.line,
    ...(e.column !== undefined ? {column: e.column} : {}),
    message: e.message,
    fix: e.hint,
  };
}

/** Parses, validates and indexes the input files. Never throws for bad input. */
export function loadNetpol(files: readonly InputFile[], options: {readonly maxBytes?: number} = {}): LoadResult {
  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const endpoints: PodEndpoint[] = [];
  const policies: NetworkPolicy[] = [];
  const definedNamespaces = new Map<string, NamespaceInfo>();
  const ignored = new Map<string, number>();
  const seen = new Map<string, SourceRef>();
  let documents = 0;
  for (const {file, text} of files) {
    const loaded = loadManifests(text, {file, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES});
    documents += loaded.documentCount;
    for (const e of loaded.errors) errors.push(formatParseIssue(e));
    for (const object of loaded.objects) {
      const obj = object.value;
      const source: SourceRef = {file, line: object.line};
      const kind = own(obj, 'kind');
      if (typeof kind !== 'string' || kind === '') {
        errors.push({
          severity: 'error',
          file,
          line: object.line,
          message: 'kind: Required value: the object has no kind',
          fix: 'Add kind: (Namespace, Pod, Deployment, NetworkPolicy, ...) and apiVersion:.',
        });
        continue;
      }
      const probe = metadataOf(obj, new Reporter(source, kind));
      const isNamespace = kind === 'Namespace';
      const r = new Reporter(source, describeObject(kind, probe.name, isNamespace ? undefined : probe.namespace));
      if (isNamespace) {
        if (probe.name === '')
          r.error('metadata.name', 'Required value: name is required', 'Give the Namespace a name.');
        else {
          const problem = dns1123Label(probe.name);
          if (problem)
            r.error(
              'metadata.name',
              `Invalid value: ${JSON.stringify(probe.name)}: ${problem}`,
              'Namespace names are DNS labels: lower-case letters, digits and -, at most 63.',
            );
        }
        const labels = decodeLabels(own(probe.meta, 'labels'), 'metadata.labels', r);
        // The API server sets this label on every namespace, overwriting any value given.
        labels.set(NAMESPACE_NAME_LABEL, probe.name);
        if (r.errors.length === 0) {
          const key = `Namespace/${probe.name}`;
          if (seen.has(key))
            r.error(
              'metadata.name',
              `duplicate Namespace "${probe.name}" (first defined at ${seen.get(key)?.file}:${seen.get(key)?.line})`,
              'Keep one definition per namespace.',
            );
          else {
            seen.set(key, source);
            definedNamespaces.set(probe.name, {name: probe.name, labels, defined: true});
          }
        }
      } else if (kind === 'NetworkPolicy') {
        const policy = decodePolicy(obj, source, r);
        if (policy && r.errors.length === 0) {
          const key = `NetworkPolicy/${policy.id}`;
          if (seen.has(key))
            r.error(
              'metadata.name',
              `duplicate NetworkPolicy ${policy.id} (first defined at ${seen.get(key)?.file}:${seen.get(key)?.line})`,
              'Give each policy a unique name in its namespace.',
            );
          else {
            seen.set(key, source);
            policies.push(policy);
          }
        }
      } else if (isEndpointKind(kind)) {
        const endpoint = decodeEndpoint(obj, kind, source, r);
        if (endpoint && r.errors.length === 0) {
          const key = `${kind}/${endpoint.id}`;
          if (seen.has(key))
            r.error(
              'metadata.name',
              `duplicate ${kind} ${endpoint.id} (first defined at ${seen.get(key)?.file}:${seen.get(key)?.line})`,
              `Give each ${kind} a unique name in its namespace.`,
            );
          else {
            seen.set(key, source);
            endpoints.push(endpoint);
          }
        } else if (!endpoint && r.errors.length === 0 && r.warnings.length === 0) {
          ignored.set(kind, (ignored.get(kind) ?? 0) + 1);
        }
      } else {
        ignored.set(kind, (ignored.get(kind) ?? 0) + 1);
      }
      errors.push(...r.errors);
      warnings.push(...r.warnings);
    }
  }
  // A Pod and a workload may share namespace/name: then both are named namespace/Kind/name.
  const byId = new Map<string, number>();
  for (const e of endpoints) byId.set(e.id, (byId.get(e.id) ?? 0) + 1);
  const named = endpoints.map((e) =>
    (byId.get(e.id) ?? 0) > 1 ? {...e, id: `${e.namespace}/${e.kind}/${e.name}`} : e,
  );
  const namespaces = new Map<string, NamespaceInfo>(definedNamespaces);
  const use = (ns: string): void => {
    if (!namespaces.has(ns))
      namespaces.set(ns, {name: ns, labels: new Map([[NAMESPACE_NAME_LABEL, ns]]), defined: false});
  };
  for (const e of named) use(e.namespace);
  for (const p of policies) use(p.namespace);
  return {
    ok: errors.length === 0,
    model: {endpoints: named, namespaces, policies, ignored},
    errors,
    warnings,
    documents,
  };
}
