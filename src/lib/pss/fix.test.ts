import {describe, expect, it} from 'vitest';
import {evaluateObject, evaluatePod} from './evaluate';
import {cloneJson, fixPod} from './fix';

const messy = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {name: 'messy'},
  spec: {
    template: {
      metadata: {annotations: {'container.apparmor.security.beta.kubernetes.io/app': 'unconfined', keep: 'me'}},
      spec: {
        hostNetwork: true,
        hostPID: true,
        securityContext: {
          runAsUser: 0,
          sysctls: [
            {name: 'kernel.msgmax', value: '1'},
            {name: 'kernel.shm_rmid_forced', value: '1'},
          ],
          seLinuxOptions: {type: 'spc_t'},
        },
        initContainers: [{name: 'init', image: 'busybox', securityContext: {privileged: true}}],
        containers: [
          {
            name: 'app',
            image: 'nginx',
            ports: [{containerPort: 80, hostPort: 80}],
            livenessProbe: {httpGet: {host: 'example.com', port: 80}},
            securityContext: {
              capabilities: {add: ['SYS_ADMIN', 'NET_BIND_SERVICE']},
              procMount: 'Unmasked',
              seccompProfile: {type: 'Unconfined'},
              windowsOptions: {hostProcess: true},
            },
          },
        ],
        volumes: [
          {name: 'root', hostPath: {path: '/'}},
          {name: 'cfg', configMap: {name: 'c'}},
        ],
      },
    },
  },
};

describe('fixPod', () => {
  it.each(['baseline', 'restricted'] as const)(
    'repairs a pod with every kind of problem for %s, without touching the input',
    (level) => {
      const before = JSON.stringify(messy);
      const fixed = fixPod(messy, level);
      expect(JSON.stringify(messy)).toBe(before);
      expect(evaluatePod(messy, level).allowed).toBe(false);
      expect(evaluatePod(fixed, level)).toMatchObject({allowed: true, violations: []});
      const s = JSON.stringify(fixed);
      expect(s).toContain('"keep":"me"');
      expect(s).toContain('"image":"nginx"');
    },
  );

  it('keeps what is allowed: NET_BIND_SERVICE, safe sysctls, other volumes', () => {
    const fixed = fixPod(messy, 'restricted') as unknown as typeof messy;
    const c = fixed.spec.template.spec.containers[0];
    expect(c?.securityContext.capabilities).toEqual({add: ['NET_BIND_SERVICE'], drop: ['ALL']});
    expect(fixed.spec.template.spec.securityContext.sysctls).toEqual([{name: 'kernel.shm_rmid_forced', value: '1'}]);
    expect(fixed.spec.template.spec.volumes).toEqual([
      {name: 'root', emptyDir: {}},
      {name: 'cfg', configMap: {name: 'c'}},
    ]);
  });

  it('returns an equal copy of a pod that already passes', () => {
    const ok = {
      kind: 'Pod',
      spec: {
        securityContext: {runAsNonRoot: true, seccompProfile: {type: 'RuntimeDefault'}},
        containers: [{name: 'a', securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: ['ALL']}}}],
      },
    };
    const fixed = fixPod(ok, 'restricted');
    expect(fixed).toEqual(ok);
    expect(fixed).not.toBe(ok);
  });

  it('creates the template when it is missing and removes invalid fields', () => {
    const fixed = fixPod(
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        spec: {template: {spec: {hostIPC: 'yes', containers: [{name: 'a', securityContext: {privileged: 'true'}}]}}},
      },
      'restricted',
    );
    expect(evaluatePod(fixed, 'restricted').allowed).toBe(true);
    expect(evaluatePod(fixPod({kind: 'Job'}, 'restricted'), 'restricted').allowed).toBe(true);
  });

  it('copies other objects unchanged', () => {
    expect(fixPod({kind: 'Service', spec: {hostNetwork: true}}, 'restricted')).toEqual({
      kind: 'Service',
      spec: {hostNetwork: true},
    });
    expect(fixPod('text', 'baseline')).toBe('text');
    expect(fixPod({kind: 'Pod', spec: {hostNetwork: true}}, 'privileged')).toEqual({
      kind: 'Pod',
      spec: {hostNetwork: true},
    });
  });

  it('respects the version: Windows pods need no Linux-only fields from v1.25', () => {
    const win = {kind: 'Pod', spec: {os: {name: 'windows'}, containers: [{name: 'a'}]}};
    const fixed = fixPod(win, 'restricted', 'v1.25') as {spec: {containers: Array<Record<string, unknown>>}};
    expect(fixed.spec.containers[0]).toEqual({name: 'a'});
    expect(evaluatePod(fixed, 'restricted', 'v1.25').allowed).toBe(true);
  });
});

describe('cloneJson', () => {
  it('copies JSON data, keeps __proto__ as own data, drops functions and breaks cycles', () => {
    const cyclic: Record<string, unknown> = {a: 1, f: () => 1, u: undefined, n: Number.NaN};
    cyclic['self'] = cyclic;
    Object.defineProperty(cyclic, '__proto__', {value: {x: 1}, enumerable: true, configurable: true, writable: true});
    const c = cloneJson(cyclic) as Record<string, unknown>;
    expect(Object.keys(c)).toEqual(['a', 'n', 'self', '__proto__']);
    expect(c['self']).toBeNull();
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(c, '__proto__')?.value).toEqual({x: 1});
  });
});

describe('fixPod on Windows pods (spec.os.name: windows)', () => {
  const windowsPod = (sc?: object): Record<string, unknown> => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {name: 'win'},
    spec: {
      os: {name: 'windows'},
      containers: [
        {name: 'app', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', ...(sc ? {securityContext: sc} : {})},
      ],
    },
  });
  const FORBIDDEN_IN_CONTAINER = [
    'seccompProfile',
    'allowPrivilegeEscalation',
    'capabilities',
    'seLinuxOptions',
    'appArmorProfile',
    'procMount',
    'privileged',
    'readOnlyRootFilesystem',
    'runAsUser',
    'runAsGroup',
  ];
  const FORBIDDEN_IN_POD = [
    'seccompProfile',
    'seLinuxOptions',
    'appArmorProfile',
    'runAsUser',
    'runAsGroup',
    'fsGroup',
    'sysctls',
  ];

  function securityContexts(fixed: unknown): {pod: Record<string, unknown>; container: Record<string, unknown>} {
    const spec = (
      fixed as {
        spec: {securityContext?: Record<string, unknown>; containers: {securityContext?: Record<string, unknown>}[]};
      }
    ).spec;
    return {pod: spec.securityContext ?? {}, container: spec.containers[0]?.securityContext ?? {}};
  }

  it.each(['v1.24', 'v1.22', 'v1.0', 'v1.25', 'latest'])(
    'adds no field API validation forbids on Windows at Restricted %s',
    (version) => {
      const {pod, container} = securityContexts(fixPod(windowsPod(), 'restricted', version));
      for (const f of FORBIDDEN_IN_CONTAINER) expect(container, f).not.toHaveProperty(f);
      for (const f of FORBIDDEN_IN_POD) expect(pod, f).not.toHaveProperty(f);
    },
  );

  it('still sets what Windows allows, and passes Restricted from v1.25, where Windows pods are exempt from the Linux-only controls', () => {
    const fixed = fixPod(windowsPod(), 'restricted', 'latest');
    const {pod, container} = securityContexts(fixed);
    expect(pod['runAsNonRoot'] ?? container['runAsNonRoot']).toBe(true);
    expect(evaluateObject(fixed, 'restricted', 'latest')).toMatchObject({
      podBearing: true,
      evaluation: {allowed: true},
    });
  });

  it('below v1.25 cannot make a Windows pod pass Restricted, and says so by failing rather than by adding forbidden fields', () => {
    const fixed = fixPod(windowsPod(), 'restricted', 'v1.24');
    expect(evaluateObject(fixed, 'restricted', 'v1.24')).toMatchObject({evaluation: {allowed: false}});
  });

  it('keeps forbidden fields the input already had (the reader must remove them) and repairs their values', () => {
    const {container} = securityContexts(fixPod(windowsPod({privileged: true}), 'baseline', 'latest'));
    expect(container).not.toHaveProperty('privileged', true);
  });

  it('leaves Linux pods alone: they get every field', () => {
    const linux = windowsPod();
    (linux['spec'] as {os: {name: string}}).os.name = 'linux';
    const {container, pod} = securityContexts(fixPod(linux, 'restricted', 'v1.24'));
    expect({...pod, ...container}).toMatchObject({allowPrivilegeEscalation: false, capabilities: {drop: ['ALL']}});
  });
});
