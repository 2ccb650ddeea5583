/**
 * Built-in Kubernetes resources (what discovery would tell kubectl) and a
 * parser for resource arguments the way `kubectl auth can-i` writes them.
 */

export interface KnownResource {
  readonly resource: string;
  readonly group: string;
  readonly namespaced: boolean;
  readonly singular?: string;
  readonly shortNames?: readonly string[];
}

const R = (
  resource: string,
  group: string,
  namespaced: boolean,
  singular?: string,
  shortNames?: readonly string[],
): KnownResource => ({
  resource,
  group,
  namespaced,
  ...(singular ? {singular} : {}),
  ...(shortNames ? {shortNames} : {}),
});

/** Built-in resources of a current Kubernetes release (plus RBAC-only synthetic ones). */
export const KNOWN_RESOURCES: readonly KnownResource[] = [
  R('pods', '', true, 'pod', ['po']),
  R('services', '', true, 'service', ['svc']),
  R('configmaps', '', true, 'configmap', ['cm']),
  R('secrets', '', true, 'secret'),
  R('serviceaccounts', '', true, 'serviceaccount', ['sa']),
  R('endpoints', '', true, 'endpoints', ['ep']),
  R('events', '', true, 'event', ['ev']),
  R('persistentvolumeclaims', '', true, 'persistentvolumeclaim', ['pvc']),
  R('replicationcontrollers', '', true, 'replicationcontroller', ['rc']),
  R('limitranges', '', true, 'limitrange', ['limits']),
  R('resourcequotas', '', true, 'resourcequota', ['quota']),
  R('podtemplates', '', true, 'podtemplate'),
  R('bindings', '', true, 'binding'),
  R('nodes', '', false, 'node', ['no']),
  R('namespaces', '', false, 'namespace', ['ns']),
  R('persistentvolumes', '', false, 'persistentvolume', ['pv']),
  R('componentstatuses', '', false, 'componentstatus', ['cs']),
  // impersonation targets (not discoverable, but authorized like resources)
  R('users', '', false, 'user'),
  R('groups', '', false, 'group'),
  R('uids', 'authentication.k8s.io', false),
  R('userextras', 'authentication.k8s.io', false),
  R('tokenreviews', 'authentication.k8s.io', false, 'tokenreview'),
  R('selfsubjectreviews', 'authentication.k8s.io', false, 'selfsubjectreview'),
  R('deployments', 'apps', true, 'deployment', ['deploy']),
  R('daemonsets', 'apps', true, 'daemonset', ['ds']),
  R('statefulsets', 'apps', true, 'statefulset', ['sts']),
  R('replicasets', 'apps', true, 'replicaset', ['rs']),
  R('controllerrevisions', 'apps', true, 'controllerrevision'),
  R('jobs', 'batch', true, 'job'),
  R('cronjobs', 'batch', true, 'cronjob', ['cj']),
  R('horizontalpodautoscalers', 'autoscaling', true, 'horizontalpodautoscaler', ['hpa']),
  R('poddisruptionbudgets', 'policy', true, 'poddisruptionbudget', ['pdb']),
  R('ingresses', 'networking.k8s.io', true, 'ingress', ['ing']),
  R('networkpolicies', 'networking.k8s.io', true, 'networkpolicy', ['netpol']),
  R('ingressclasses', 'networking.k8s.io', false, 'ingressclass'),
  R('ipaddresses', 'networking.k8s.io', false, 'ipaddress', ['ip']),
  R('servicecidrs', 'networking.k8s.io', false, 'servicecidr'),
  R('roles', 'rbac.authorization.k8s.io', true, 'role'),
  R('rolebindings', 'rbac.authorization.k8s.io', true, 'rolebinding'),
  R('clusterroles', 'rbac.authorization.k8s.io', false, 'clusterrole'),
  R('clusterrolebindings', 'rbac.authorization.k8s.io', false, 'clusterrolebinding'),
  R('storageclasses', 'storage.k8s.io', false, 'storageclass', ['sc']),
  R('volumeattachments', 'storage.k8s.io', false, 'volumeattachment'),
  R('csidrivers', 'storage.k8s.io', false, 'csidriver'),
  R('csinodes', 'storage.k8s.io', false, 'csinode'),
  R('csistoragecapacities', 'storage.k8s.io', true, 'csistoragecapacity'),
  R('volumeattributesclasses', 'storage.k8s.io', false, 'volumeattributesclass', ['vac']),
  R('certificatesigningrequests', 'certificates.k8s.io', false, 'certificatesigningrequest', ['csr']),
  R('signers', 'certificates.k8s.io', false, 'signer'),
  R('clustertrustbundles', 'certificates.k8s.io', false, 'clustertrustbundle'),
  R('validatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'validatingwebhookconfiguration'),
  R('mutatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'mutatingwebhookconfiguration'),
  R('validatingadmissionpolicies', 'admissionregistration.k8s.io', false, 'validatingadmissionpolicy'),
  R('validatingadmissionpolicybindings', 'admissionregistration.k8s.io', false, 'validatingadmissionpolicybinding'),
  R('mutatingadmissionpolicies', 'admissionregistration.k8s.io', false, 'mutatingadmissionpolicy'),
  R('mutatingadmissionpolicybindings', 'admissionregistration.k8s.io', false, 'mutatingadmissionpolicybinding'),
  R('customresourcedefinitions', 'apiextensions.k8s.io', false, 'customresourcedefinition', ['crd', 'crds']),
  R('apiservices', 'apiregistration.k8s.io', false, 'apiservice'),
  R('priorityclasses', 'scheduling.k8s.io', false, 'priorityclass', ['pc']),
  R('leases', 'coordination.k8s.io', true, 'lease'),
  R('endpointslices', 'discovery.k8s.io', true, 'endpointslice'),
  R('runtimeclasses', 'node.k8s.io', false, 'runtimeclass'),
  R('subjectaccessreviews', 'authorization.k8s.io', false, 'subjectaccessreview'),
  R('selfsubjectaccessreviews', 'authorization.k8s.io', false, 'selfsubjectaccessreview'),
  R('selfsubjectrulesreviews', 'authorization.k8s.io', false, 'selfsubjectrulesreview'),
  R('localsubjectaccessreviews', 'authorization.k8s.io', true, 'localsubjectaccessreview'),
  R('flowschemas', 'flowcontrol.apiserver.k8s.io', false, 'flowschema'),
  R('prioritylevelconfigurations', 'flowcontrol.apiserver.k8s.io', false, 'prioritylevelconfiguration'),
  R('resourceclaims', 'resource.k8s.io', true, 'resourceclaim'),
  R('resourceclaimtemplates', 'resource.k8s.io', true, 'resourceclaimtemplate'),
  R('deviceclasses', 'resource.k8s.io', false, 'deviceclass'),
  R('resourceslices', 'resource.k8s.io', false, 'resourceslice'),
];

const byAlias = new Map<string, KnownResource>();
const byGroupResource = new Map<string, KnownResource>();
for (const r of KNOWN_RESOURCES) {
  byGroupResource.set(`${r.group}|${r.resource}`, r);
  // The first entry wins, so `events` stays in the core group.
  for (const alias of [r.resource, r.singular, ...(r.shortNames ?? [])]) {
    if (alias && !byAlias.has(alias)) byAlias.set(alias, r);
  }
}

export function findKnownResource(group: string, resource: string): KnownResource | undefined {
  return byGroupResource.get(`${group}|${resource}`);
}

/** True only for built-in resources known to be cluster-scoped. */
export function isClusterScoped(group: string, resource: string): boolean {
  const known = findKnownResource(group, resource);
  return known !== undefined && !known.namespaced;
}

export type ParsedResourceArg =
  | {
      readonly kind: 'resource';
      readonly resource: string;
      readonly apiGroup: string;
      readonly subresource?: string;
      /** How a bare or short name was resolved, if it was. */
      readonly note?: string;
    }
  | {readonly kind: 'nonResource'; readonly nonResourceURL: string};

const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;

/**
 * Parses `pods`, `deployments.apps`, `pods/exec`, `deployments.apps/scale`,
 * `deployments.v1.apps`, short names (`deploy`, `po`), or a non-resource URL
 * starting with `/`.
 *
 * Like kubectl with discovery, a bare built-in name resolves to its group
 * (`deployments` → `apps`); an unknown bare name is taken as the core group
 * `""`. Unlike kubectl, the part after `/` is a subresource (RBAC notation), not
 * an object name; pass the object name separately.
 */
export function parseResourceArg(text: string): {ok: true; value: ParsedResourceArg} | {ok: false; error: string} {
  const arg = text.trim();
  if (!arg)
    return {ok: false, error: 'the resource is empty; write e.g. pods, deployments.apps, pods/exec or /metrics'};
  if (arg.startsWith('/')) return {ok: true, value: {kind: 'nonResource', nonResourceURL: arg}};
  const slash = arg.indexOf('/');
  const head = (slash >= 0 ? arg.slice(0, slash) : arg).toLowerCase();
  const subresource = slash >= 0 ? arg.slice(slash + 1) : undefined;
  if (subresource !== undefined && (!subresource || subresource.includes('/'))) {
    return {ok: false, error: `invalid resource "${arg}": write RESOURCE[.GROUP][/SUBRESOURCE], e.g. pods/exec`};
  }
  if (/\s/.test(head)) return {ok: false, error: `invalid resource "${arg}": no spaces allowed`};
  const sub = subresource ? {subresource} : {};
  if (head === '*') return {ok: true, value: {kind: 'resource', resource: '*', apiGroup: '', ...sub}};
  const dot = head.indexOf('.');
  if (dot >= 0) {
    const name = head.slice(0, dot);
    let group = head.slice(dot + 1);
    const firstLabel = group.split('.', 1)[0] ?? '';
    if (VERSION.test(firstLabel) && group.includes('.')) group = group.slice(firstLabel.length + 1);
    if (!name || !group || group.startsWith('.') || group.endsWith('.')) {
      return {ok: false, error: `invalid resource "${arg}": write RESOURCE.GROUP, e.g. deployments.apps`};
    }
    const alias = byAlias.get(name);
    const resource = alias && alias.group === group ? alias.resource : name;
    return {ok: true, value: {kind: 'resource', resource, apiGroup: group, ...sub}};
  }
  const known = byAlias.get(head);
  if (known) {
    const resolved = known.resource !== head || known.group !== '';
    const note = resolved
      ? `"${head}" resolved to ${known.resource}${known.group ? `.${known.group}` : ''} (built-in resource)`
      : undefined;
    return {
      ok: true,
      value: {kind: 'resource', resource: known.resource, apiGroup: known.group, ...sub, ...(note ? {note} : {})},
    };
  }
  return {ok: true, value: {kind: 'resource', resource: head, apiGroup: '', ...sub}};
}

/** `deployments.apps/scale`, `pods`, `/metrics`. */
export function formatResourceArg(value: ParsedResourceArg): string {
  if (value.kind === 'nonResource') return value.nonResourceURL;
  const base = value.apiGroup ? `${value.resource}.${value.apiGroup}` : value.resource;
  return value.subresource ? `${base}/${value.subresource}` : base;
}
