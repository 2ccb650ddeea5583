/**
 * Decodes the parts of a pod template that the checks read into a small typed view,
 * following Go's JSON decoding into `corev1.PodSpec`: `null` means "unset" (a nil
 * pointer), missing booleans are false, and a value of the wrong type is recorded as an
 * {@link IssueRef} (the API server would reject the object) and otherwise ignored.
 *
 * Only own properties are read, so keys such as `constructor` or `__proto__` in hostile
 * input are never resolved through `Object.prototype`.
 *
 * The view keeps references to the raw objects it was decoded from; `fix.ts` decodes a
 * private deep copy and mutates it through those references.
 */
import {describeValue, isPlainObject, own} from '../format/value';

export type RawObject = Record<string, unknown>;

export interface IssueRef {
  readonly path: string;
  readonly message: string;
  /** Where the bad value lives, so a fixer can delete it. */
  readonly parent: RawObject | unknown[];
  readonly key: string | number;
}

/** A decoded object together with the raw object it came from. */
export interface NamedView {
  readonly raw: RawObject;
}
export interface SELinuxView extends NamedView {
  readonly type: string;
  readonly user: string;
  readonly role: string;
}
export interface ProfileView extends NamedView {
  readonly type: string;
  /**
   * Set when the API server would derive this profile from a deprecated annotation (see
   * `syncAppArmorAnnotations`): the path of that annotation, which is what the user wrote.
   */
  readonly origin?: string;
}
export interface CapabilitiesView extends NamedView {
  readonly add: readonly string[];
  readonly drop: readonly string[];
}
export interface WindowsOptionsView extends NamedView {
  readonly hostProcess: boolean | undefined;
}

export interface SecurityContextView extends NamedView {
  readonly privileged: boolean | undefined;
  readonly allowPrivilegeEscalation: boolean | undefined;
  readonly runAsNonRoot: boolean | undefined;
  readonly runAsUser: number | undefined;
  readonly procMount: string | undefined;
  readonly capabilities: CapabilitiesView | undefined;
  readonly seLinuxOptions: SELinuxView | undefined;
  readonly seccompProfile: ProfileView | undefined;
  readonly appArmorProfile: ProfileView | undefined;
  readonly windowsOptions: WindowsOptionsView | undefined;
}

export interface PodSecurityContextView extends NamedView {
  readonly runAsNonRoot: boolean | undefined;
  readonly runAsUser: number | undefined;
  readonly seLinuxOptions: SELinuxView | undefined;
  readonly seccompProfile: ProfileView | undefined;
  readonly appArmorProfile: ProfileView | undefined;
  readonly windowsOptions: WindowsOptionsView | undefined;
  readonly sysctls: readonly SysctlView[];
}

export interface SysctlView extends NamedView {
  /** Index in `spec.securityContext.sysctls`. */
  readonly index: number;
  readonly name: string;
}

export interface PortView extends NamedView {
  /** Index in the container's `ports`. */
  readonly index: number;
  readonly hostPort: number;
  readonly containerPort: number;
}

/** A non-empty `host` of a probe or lifecycle handler. */
export interface HostRef {
  readonly host: string;
  /** Path of the `host` field. */
  readonly path: string;
  /** The `httpGet` / `tcpSocket` object holding it. */
  readonly holder: RawObject;
}

export type ContainerGroup = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerView extends NamedView {
  /** e.g. `spec.initContainers[0]`. */
  readonly path: string;
  readonly group: ContainerGroup;
  readonly index: number;
  readonly name: string;
  readonly sc: SecurityContextView | undefined;
  readonly ports: readonly PortView[];
  readonly hosts: readonly HostRef[];
}

/** Volume source fields of `corev1.VolumeSource`, by JSON name. */
export const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
] as const;
export type VolumeSource = (typeof VOLUME_SOURCES)[number];

export interface VolumeView extends NamedView {
  /** Index in `spec.volumes`. */
  readonly index: number;
  readonly name: string;
  /** Sources set (non-null) on this volume. Empty means API defaulting makes it an emptyDir. */
  readonly sources: readonly VolumeSource[];
}

export interface PodView {
  /** True for `kind: Pod` (API defaulting of host ports applies to pods only). */
  readonly isPod: boolean;
  /** Path of the pod spec inside the object, e.g. `spec.template.spec`. */
  readonly specPath: string;
  /** Path of the pod metadata inside the object, e.g. `spec.template.metadata`. */
  readonly metaPath: string;
  readonly spec: RawObject;
  readonly meta: RawObject | undefined;
  /** String-valued annotations, in key order. */
  readonly annotations: ReadonlyArray<readonly [string, string]>;
  readonly hostNetwork: boolean;
  readonly hostPID: boolean;
  readonly hostIPC: boolean;
  readonly hostUsers: boolean | undefined;
  readonly osName: string | undefined;
  readonly podSC: PodSecurityContextView | undefined;
  readonly volumes: readonly VolumeView[];
  /** initContainers, containers, ephemeralContainers: upstream's visiting order. */
  readonly containers: readonly ContainerView[];
  readonly issues: readonly IssueRef[];
}

const EMPTY: readonly never[] = Object.freeze([]);

const MAX_INT32 = 2147483647;
const MIN_INT32 = -2147483648;

class Decoder {
  readonly issues: IssueRef[] = [];

  private bad(
    parent: RawObject | unknown[],
    key: string | number,
    path: string,
    expected: string,
    value: unknown,
  ): void {
    this.issues.push({path, message: `${path} must be ${expected}, not ${describeValue(value)}`, parent, key});
  }

  bool(obj: RawObject, key: string, path: string): boolean | undefined {
    const v = own(obj, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.bad(obj, key, `${path}.${key}`, 'a boolean (true or false)', v);
    return undefined;
  }

  str(obj: RawObject, key: string, path: string): string | undefined {
    const v = own(obj, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.bad(obj, key, `${path}.${key}`, 'a string', v);
    return undefined;
  }

  int(obj: RawObject, key: string, path: string, int32: boolean): number | undefined {
    const v = own(obj, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && (!int32 || (v >= MIN_INT32 && v <= MAX_INT32))) return v;
    this.bad(obj, key, `${path}.${key}`, int32 ? 'a 32-bit integer' : 'an integer', v);
    return undefined;
  }

  obj(obj: RawObject, key: string, path: string): RawObject | undefined {
    const v = own(obj, key);
    if (v === undefined || v === null) return undefined;
    if (isPlainObject(v)) return v;
    this.bad(obj, key, `${path}.${key}`, 'an object', v);
    return undefined;
  }

  list(obj: RawObject, key: string, path: string): readonly unknown[] {
    const v = own(obj, key);
    if (v === undefined || v === null) return EMPTY;
    if (Array.isArray(v)) return v;
    this.bad(obj, key, `${path}.${key}`, 'a list', v);
    return EMPTY;
  }

  strList(obj: RawObject, key: string, path: string): readonly string[] {
    const items = this.list(obj, key, path);
    if (items.length === 0) return EMPTY;
    let out: string[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'string') {
        this.bad(items as unknown[], i, `${path}.${key}[${i}]`, 'a string', item);
        out ??= items.slice(0, i) as string[];
      } else if (out !== undefined) {
        out.push(item);
      }
    }
    return out ?? (items as readonly string[]);
  }

  /** An element of a list that must be an object. */
  element(items: readonly unknown[], i: number, path: string): RawObject | undefined {
    const item = items[i];
    if (isPlainObject(item)) return item;
    this.bad(items as unknown[], i, path, 'an object', item);
    return undefined;
  }

  seLinux(obj: RawObject, path: string): SELinuxView | undefined {
    const raw = this.obj(obj, 'seLinuxOptions', path);
    if (raw === undefined) return undefined;
    const p = `${path}.seLinuxOptions`;
    return {
      raw,
      type: this.str(raw, 'type', p) ?? '',
      user: this.str(raw, 'user', p) ?? '',
      role: this.str(raw, 'role', p) ?? '',
    };
  }

  profile(obj: RawObject, key: 'seccompProfile' | 'appArmorProfile', path: string): ProfileView | undefined {
    const raw = this.obj(obj, key, path);
    if (raw === undefined) return undefined;
    return {raw, type: this.str(raw, 'type', `${path}.${key}`) ?? ''};
  }

  windows(obj: RawObject, path: string): WindowsOptionsView | undefined {
    const raw = this.obj(obj, 'windowsOptions', path);
    if (raw === undefined) return undefined;
    return {raw, hostProcess: this.bool(raw, 'hostProcess', `${path}.windowsOptions`)};
  }

  securityContext(container: RawObject, path: string): SecurityContextView | undefined {
    const raw = this.obj(container, 'securityContext', path);
    if (raw === undefined) return undefined;
    const p = `${path}.securityContext`;
    const capsRaw = this.obj(raw, 'capabilities', p);
    let capabilities: CapabilitiesView | undefined;
    if (capsRaw !== undefined) {
      const cp = `${p}.capabilities`;
      capabilities = {raw: capsRaw, add: this.strList(capsRaw, 'add', cp), drop: this.strList(capsRaw, 'drop', cp)};
    }
    return {
      raw,
      privileged: this.bool(raw, 'privileged', p),
      allowPrivilegeEscalation: this.bool(raw, 'allowPrivilegeEscalation', p),
      runAsNonRoot: this.bool(raw, 'runAsNonRoot', p),
      runAsUser: this.int(raw, 'runAsUser', p, false),
      procMount: this.str(raw, 'procMount', p),
      capabilities,
      seLinuxOptions: this.seLinux(raw, p),
      seccompProfile: this.profile(raw, 'seccompProfile', p),
      appArmorProfile: this.profile(raw, 'appArmorProfile', p),
      windowsOptions: this.windows(raw, p),
    };
  }

  podSecurityContext(spec: RawObject, specPath: string): PodSecurityContextView | undefined {
    const raw = this.obj(spec, 'securityContext', specPath);
    if (raw === undefined) return undefined;
    const p = `${specPath}.securityContext`;
    const sysctlItems = this.list(raw, 'sysctls', p);
    let sysctls: SysctlView[] | readonly never[] = EMPTY;
    if (sysctlItems.length > 0) {
      const list: SysctlView[] = [];
      for (let i = 0; i < sysctlItems.length; i++) {
        const itemPath = `${p}.sysctls[${i}]`;
        const item = this.element(sysctlItems, i, itemPath);
        if (item !== undefined) list.push({raw: item, index: i, name: this.str(item, 'name', itemPath) ?? ''});
      }
      sysctls = list;
    }
    return {
      raw,
      runAsNonRoot: this.bool(raw, 'runAsNonRoot', p),
      runAsUser: this.int(raw, 'runAsUser', p, false),
      seLinuxOptions: this.seLinux(raw, p),
      seccompProfile: this.profile(raw, 'seccompProfile', p),
      appArmorProfile: this.profile(raw, 'appArmorProfile', p),
      windowsOptions: this.windows(raw, p),
      sysctls,
    };
  }

  /** Non-empty hosts of probes and lifecycle handlers; `undefined` when there are none. */
  hosts(container: RawObject, path: string): HostRef[] | undefined {
    let out: HostRef[] | undefined;
    for (const probe of PROBES) {
      const raw = this.obj(container, probe, path);
      if (raw !== undefined) out = this.handlerHosts(raw, `${path}.${probe}`, out);
    }
    const lifecycle = this.obj(container, 'lifecycle', path);
    if (lifecycle === undefined) return out;
    for (const hook of HOOKS) {
      const raw = this.obj(lifecycle, hook, `${path}.lifecycle`);
      if (raw !== undefined) out = this.handlerHosts(raw, `${path}.lifecycle.${hook}`, out);
    }
    return out;
  }

  private handlerHosts(handler: RawObject, path: string, out: HostRef[] | undefined): HostRef[] | undefined {
    let result = out;
    for (const action of ACTIONS) {
      const holder = this.obj(handler, action, path);
      if (holder === undefined) continue;
      const host = this.str(holder, 'host', `${path}.${action}`);
      if (host !== undefined && host !== '') (result ??= []).push({host, path: `${path}.${action}.host`, holder});
    }
    return result;
  }

  containers(spec: RawObject, specPath: string, out: ContainerView[]): void {
    for (const group of GROUPS) {
      const items = this.list(spec, group, specPath);
      for (let i = 0; i < items.length; i++) {
        const path = `${specPath}.${group}[${i}]`;
        const raw = this.element(items, i, path);
        if (raw === undefined) continue;
        const portItems = this.list(raw, 'ports', path);
        let ports: PortView[] | readonly never[] = EMPTY;
        if (portItems.length > 0) {
          const list: PortView[] = [];
          for (let j = 0; j < portItems.length; j++) {
            const portPath = `${path}.ports[${j}]`;
            const port = this.element(portItems, j, portPath);
            if (port === undefined) continue;
            list.push({
              raw: port,
              index: j,
              hostPort: this.int(port, 'hostPort', portPath, true) ?? 0,
              containerPort: this.int(port, 'containerPort', portPath, true) ?? 0,
            });
          }
          ports = list;
        }
        const hosts = this.hosts(raw, path);
        out.push({
          raw,
          path,
          group,
          index: i,
          name: this.str(raw, 'name', path) ?? '',
          sc: this.securityContext(raw, path),
          ports,
          hosts: hosts ?? EMPTY,
        });
      }
    }
  }

  volumes(spec: RawObject, specPath: string): VolumeView[] {
    const items = this.list(spec, 'volumes', specPath);
    const out: VolumeView[] = [];
    for (let i = 0; i < items.length; i++) {
      const path = `${specPath}.volumes[${i}]`;
      const raw = this.element(items, i, path);
      if (raw === undefined) continue;
      const sources: VolumeSource[] = [];
      for (const key in raw) {
        if (!(VOLUME_SOURCE_SET as ReadonlySet<string>).has(key) || !Object.hasOwn(raw, key)) continue;
        if (this.obj(raw, key, path) !== undefined) sources.push(key as VolumeSource);
      }
      out.push({raw, index: i, name: this.str(raw, 'name', path) ?? '', sources});
    }
    return out;
  }

  annotations(meta: RawObject | undefined, metaPath: string): Array<readonly [string, string]> {
    if (meta === undefined) return [];
    const annotations = this.obj(meta, 'annotations', metaPath);
    if (annotations === undefined) return [];
    const out: Array<readonly [string, string]> = [];
    for (const key of Object.keys(annotations)) {
      const value = annotations[key];
      if (typeof value === 'string') out.push([key, value]);
      else if (value !== null)
        this.bad(annotations, key, `${metaPath}.annotations[${JSON.stringify(key)}]`, 'a string', value);
    }
    return out;
  }
}

const VOLUME_SOURCE_SET: ReadonlySet<VolumeSource> = new Set(VOLUME_SOURCES);
const GROUPS: readonly ContainerGroup[] = ['initContainers', 'containers', 'ephemeralContainers'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;
const ACTIONS = ['httpGet', 'tcpSocket'] as const;

export interface TemplateLocation {
  readonly spec: RawObject;
  readonly meta: RawObject | undefined;
  readonly specPath: string;
  readonly metaPath: string;
  readonly isPod: boolean;
  /** Problems met while walking down to the template (e.g. `spec` is a string). */
  readonly issues: readonly IssueRef[];
}

export function decodePod(location: TemplateLocation): PodView {
  const d = new Decoder();
  const {spec, meta, specPath, metaPath} = location;
  const os = d.obj(spec, 'os', specPath);
  const containers: ContainerView[] = [];
  const hostNetwork = d.bool(spec, 'hostNetwork', specPath) ?? false;
  const hostPID = d.bool(spec, 'hostPID', specPath) ?? false;
  const hostIPC = d.bool(spec, 'hostIPC', specPath) ?? false;
  const hostUsers = d.bool(spec, 'hostUsers', specPath);
  const osName = os === undefined ? undefined : d.str(os, 'name', `${specPath}.os`);
  const podSC = d.podSecurityContext(spec, specPath);
  const volumes = d.volumes(spec, specPath);
  d.containers(spec, specPath, containers);
  const annotations = d.annotations(meta, metaPath);
  if (location.isPod && annotations.length > 0 && osName !== 'windows')
    syncAppArmorAnnotations(containers, annotations, podSC?.appArmorProfile, metaPath);
  const issues = location.issues.length === 0 ? d.issues : [...location.issues, ...d.issues];
  return {
    isPod: location.isPod,
    specPath,
    metaPath,
    spec,
    meta,
    annotations,
    hostNetwork,
    hostPID,
    hostIPC,
    hostUsers,
    osName,
    podSC,
    volumes,
    containers,
    issues,
  };
}

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function appArmorFieldForAnnotation(value: string): {type: string; localhostProfile?: string} | undefined {
  if (value === 'unconfined') return {type: 'Unconfined'};
  if (value === 'runtime/default') return {type: 'RuntimeDefault'};
  if (value.startsWith('localhost/') && value.length > 'localhost/'.length)
    return {type: 'Localhost', localhostProfile: value.slice('localhost/'.length)};
  return undefined;
}

/**
 * Emulates the API server's `applyAppArmorVersionSkew` (pod REST strategy, Kubernetes
 * 1.30+), which runs before admission on Pod creation: for a non-Windows Pod, a
 * container without `securityContext.appArmorProfile` but with a deprecated
 * `container.apparmor.security.beta.kubernetes.io/<name>` annotation gets the equivalent
 * field, unless it equals the pod-level profile. Pod Security Admission then sees both
 * the annotation and the field, as `kubectl` warnings show. Pod templates are not synced.
 */
function syncAppArmorAnnotations(
  containers: ContainerView[],
  annotations: ReadonlyArray<readonly [string, string]>,
  podProfile: ProfileView | undefined,
  metaPath: string,
): void {
  let byKey: Map<string, string> | undefined;
  for (const [key] of annotations) {
    if (key.startsWith(APPARMOR_PREFIX)) {
      byKey = new Map(annotations);
      break;
    }
  }
  if (byKey === undefined) return;
  const podLocalhost = podProfile === undefined ? undefined : own(podProfile.raw, 'localhostProfile');
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (c === undefined || c.sc?.appArmorProfile !== undefined) continue;
    const value = byKey.get(APPARMOR_PREFIX + c.name);
    const field = value === undefined ? undefined : appArmorFieldForAnnotation(value);
    if (field === undefined) continue;
    if (
      podProfile !== undefined &&
      podProfile.type === field.type &&
      (podLocalhost ?? undefined) === field.localhostProfile
    )
      continue;
    const key = APPARMOR_PREFIX + c.name;
    const profile: ProfileView = {
      raw: {...field},
      type: field.type,
      origin: `${metaPath}.annotations[${JSON.stringify(key)}]`,
    };
    const sc: SecurityContextView = c.sc ?? {
      raw: {},
      privileged: undefined,
      allowPrivilegeEscalation: undefined,
      runAsNonRoot: undefined,
      runAsUser: undefined,
      procMount: undefined,
      capabilities: undefined,
      seLinuxOptions: undefined,
      seccompProfile: undefined,
      appArmorProfile: undefined,
      windowsOptions: undefined,
    };
    containers[i] = {...c, sc: {...sc, appArmorProfile: profile}};
  }
}

/** `spec.initContainers[0].securityContext` */
export function scPath(c: ContainerView): string {
  return `${c.path}.securityContext`;
}

/** `spec.securityContext` (of the pod template) */
export function podScPath(pod: PodView): string {
  return `${pod.specPath}.securityContext`;
}

export function volumePath(pod: PodView, v: VolumeView): string {
  return `${pod.specPath}.volumes[${v.index}]`;
}

export function portPath(c: ContainerView, p: PortView): string {
  return `${c.path}.ports[${p.index}]`;
}

/** Upstream `relaxPolicyForUserNamespacePod`: `spec.hostUsers` explicitly false. */
export function inUserNamespace(pod: PodView): boolean {
  return pod.hostUsers === false;
}

/** Upstream Windows exemptions test `spec.os.name == "windows"` exactly. */
export function isWindowsPod(pod: PodView): boolean {
  return pod.osName === 'windows';
}
