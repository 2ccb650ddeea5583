import {describe, expect, it} from 'vitest';
import type {Registry} from './examples';
import {compileStructuralSchema} from './schema/compile';
import {validateStructural} from './schema/structural';
import {FALCO_RULES_KIND, THIRD_PARTY_SOURCES, THIRD_PARTY_TOOLS, thirdPartyToolFor} from './schema/thirdPartySources';
import {
  constraintKindOf,
  thirdPartyValidator,
  validateFalcoRules,
  validateThirdPartyObject,
  type ConstraintKind,
} from './thirdParty';
import {validateExamples, type ValidateOptions} from './validateExamples';

const none = new Map<string, ConstraintKind>();
const messages = (issues: ReadonlyArray<{path: ReadonlyArray<string | number>; message: string}>) =>
  issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const kyverno = (rule: Record<string, unknown>) => ({
  apiVersion: 'kyverno.io/v1',
  kind: 'ClusterPolicy',
  metadata: {name: 'p'},
  spec: {
    rules: [
      {
        name: 'r',
        match: {any: [{resources: {kinds: ['Pod']}}]},
        validate: {failureAction: 'Enforce', message: 'm', pattern: {spec: {hostNetwork: false}}},
        ...rule,
      },
    ],
  },
});

const template = {
  apiVersion: 'templates.gatekeeper.sh/v1',
  kind: 'ConstraintTemplate',
  metadata: {name: 'k8sallowedrepos'},
  spec: {
    crd: {
      spec: {
        names: {kind: 'K8sAllowedRepos'},
        validation: {openAPIV3Schema: {type: 'object', properties: {repos: {type: 'array', items: {type: 'string'}}}}},
      },
    },
    targets: [
      {target: 'admission.k8s.gatekeeper.sh', rego: 'package k8sallowedrepos\nviolation[{"msg": "x"}] { false }'},
    ],
  },
};

const constraint = (spec: Record<string, unknown>, kind = 'K8sAllowedRepos') => ({
  apiVersion: 'constraints.gatekeeper.sh/v1beta1',
  kind,
  metadata: {name: 'repos'},
  spec,
});

function templates(): Map<string, ConstraintKind> {
  const result = constraintKindOf(template);
  if ('error' in result) throw new Error(result.error.message);
  return new Map([[result.kind, result]]);
}

const cnp = (spec: Record<string, unknown>) => ({
  apiVersion: 'cilium.io/v2',
  kind: 'CiliumNetworkPolicy',
  metadata: {name: 'n', namespace: 'shop'},
  spec,
});

const tracing = (kprobe: Record<string, unknown>) => ({
  apiVersion: 'cilium.io/v1alpha1',
  kind: 'TracingPolicy',
  metadata: {name: 't'},
  spec: {kprobes: [{call: 'security_file_permission', syscall: false, args: [{index: 0, type: 'file'}], ...kprobe}]},
});

const rule = {rule: 'r', desc: 'd', condition: 'evt.type = execve', output: 'o %proc.name', priority: 'WARNING'};

describe('third-party schemas: Kyverno', () => {
  it('accepts a valid ClusterPolicy', () => {
    expect(validateThirdPartyObject(kyverno({}), none)).toEqual({tool: 'kyverno', issues: []});
  });
  it('rejects an unknown field with a suggestion, and a value outside the enum', () => {
    const result = validateThirdPartyObject(
      kyverno({validate: {failureAction: 'Block', mesage: 'm', pattern: {}}}),
      none,
    );
    expect(messages(result?.issues ?? [])).toEqual([
      'spec.rules.0.validate.failureAction: must be one of "Audit", "Enforce", not "Block"',
      'spec.rules.0.validate.mesage: unknown field "mesage" (did you mean "message"?)',
    ]);
  });
  it('checks metadata as ObjectMeta and refuses a namespace on a cluster-scoped kind', () => {
    const result = validateThirdPartyObject({...kyverno({}), metadata: {name: 'p', namespace: 'x', labls: {}}}, none);
    expect(messages(result?.issues ?? []).join('\n')).toMatch(/metadata\.labls: unknown field "labls"/);
    expect(messages(result?.issues ?? []).join('\n')).toMatch(/metadata\.namespace: ClusterPolicy is cluster-scoped/);
  });
});

describe('third-party schemas: Gatekeeper', () => {
  it('accepts a valid template and a constraint whose parameters fit its schema', () => {
    expect(validateThirdPartyObject(template, none)?.issues).toEqual([]);
    const result = validateThirdPartyObject(
      constraint({match: {kinds: [{apiGroups: [''], kinds: ['Pod']}]}, parameters: {repos: ['registry.example.com/']}}),
      templates(),
    );
    expect(result).toEqual({tool: 'gatekeeper', issues: []});
  });
  it('rejects parameters the template does not declare, and a bad match field', () => {
    const result = validateThirdPartyObject(
      constraint({match: {kind: [{kinds: ['Pod']}]}, parameters: {repo: 'x', repos: 'x'}}),
      templates(),
    );
    expect(messages(result?.issues ?? [])).toEqual([
      'spec.match.kind: unknown field "kind" (did you mean "kinds"?)',
      'spec.parameters.repo: unknown field "repo" (did you mean "repos"?)',
      'spec.parameters.repos: must be a list, not the string "x"',
    ]);
  });
  it('fails an unknown constraint kind with the fix', () => {
    const result = validateThirdPartyObject(constraint({}, 'K8sNoSuchThing'), templates());
    expect(result?.issues[0]?.message).toMatch(
      /unknown constraint kind "K8sNoSuchThing": no ConstraintTemplate under examples\/ .*templates define: K8sAllowedRepos/,
    );
  });
  it('requires the template name to be the kind in lower case', () => {
    const result = validateThirdPartyObject({...template, metadata: {name: 'allowed-repos'}}, none);
    expect(messages(result?.issues ?? [])).toEqual([
      'metadata.name: must be "k8sallowedrepos", the constraint kind in lower case (Gatekeeper refuses any other name)',
    ]);
  });
});

describe('third-party schemas: Cilium', () => {
  it('accepts a valid CiliumNetworkPolicy', () => {
    const result = validateThirdPartyObject(
      cnp({endpointSelector: {matchLabels: {app: 'api'}}, ingress: [{fromEndpoints: [{matchLabels: {app: 'web'}}]}]}),
      none,
    );
    expect(result).toEqual({tool: 'cilium', issues: []});
  });
  it('rejects an unknown field, a missing selector and a rule without direction', () => {
    const result = validateThirdPartyObject(cnp({endpointSelectr: {}}), none);
    expect(messages(result?.issues ?? [])).toEqual([
      'spec.endpointSelectr: unknown field "endpointSelectr" (did you mean "endpointSelector"?)',
      'spec: must set at least one of: ingress, ingressDeny, egress, egressDeny',
      'spec: must set exactly one of: endpointSelector, nodeSelector (it matches 0)',
    ]);
  });
});

describe('third-party schemas: Tetragon', () => {
  it('accepts a valid TracingPolicy', () => {
    expect(validateThirdPartyObject(tracing({}), none)).toEqual({tool: 'tetragon', issues: []});
  });
  it('rejects an unknown field and an argument type outside the enum', () => {
    const result = validateThirdPartyObject(tracing({args: [{index: 0, type: 'filee'}], sycall: true}), none);
    const text = messages(result?.issues ?? []).join('\n');
    expect(text).toMatch(/spec\.kprobes\.0\.args\.0\.type: must be one of .*"file"/);
    expect(text).toMatch(/spec\.kprobes\.0\.sycall: unknown field "sycall" \(did you mean "syscall"\?\)/);
  });
});

describe('third-party schemas: Falco rules files', () => {
  it('accepts rules, macros and lists', () => {
    expect(validateFalcoRules([rule, {macro: 'm', condition: 'c'}, {list: 'l', items: ['a', 1]}])).toEqual([]);
  });
  it('rejects unknown keys, bad priorities, missing keys and mixed items', () => {
    expect(
      messages(
        validateFalcoRules([
          {...rule, priority: 'SEVERE', outptu: 'x'},
          {macro: 'm'},
          {list: 'l', items: [], condition: 'c'},
          {rule: 'r2', desc: 'd'},
          {macro: 'm2', list: 'l2'},
          'nope',
        ]),
      ),
    ).toEqual([
      expect.stringMatching(/^0\.priority: must be one of "EMERGENCY".*not "SEVERE"$/) as string,
      '0.outptu: unknown field "outptu" (did you mean "output"?)',
      '5: must be a mapping, not the string "nope"',
      '1.condition: is required for a macro',
      '2.condition: unknown key "condition" for a list (Falco 0.44.1 reads list, items, append, override)',
      '3.condition: is required for a rule',
      '3.output: is required for a rule',
      '3.priority: is required for a rule',
      '4: mixes list and macro; a rules item is exactly one of rule, macro, list, required_engine_version, required_plugin_versions',
    ]);
  });
  it('refuses a file that is not a list', () => {
    expect(messages(validateFalcoRules({rule: 'r'}))).toEqual([
      ': a Falco rules file must be a YAML list of rule, macro and list items',
    ]);
  });
});

describe('third-party schemas: hostile input', () => {
  it('does not crash on deep nesting, prototype keys or odd values', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 5000; i++) {
      const next: Record<string, unknown> = {};
      deep.x = next;
      deep = next;
    }
    const hostile = [
      kyverno({validate: {pattern: root, deny: root}}),
      kyverno({validate: JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as unknown}),
      cnp({endpointSelector: root, ingress: Array.from({length: 2000}, () => ({fromEndpoints: [{}]}))}),
      {apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', metadata: 'x', spec: [1, null, 'x']},
      constraint({parameters: root}),
    ];
    for (const object of hostile) {
      expect(() => validateThirdPartyObject(object, templates())).not.toThrow();
    }
    expect(() => validateFalcoRules([null, 1, [], {rule: {}}, {list: 'l', items: root}])).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reports a hostile template instead of throwing', () => {
    const bad = structuredClone(template);
    (bad.spec.crd.spec.validation.openAPIV3Schema as Record<string, unknown>).$ref = '#/definitions/X';
    const result = constraintKindOf(bad);
    expect('error' in result && result.error.message).toMatch(
      /is not a schema this check can read: .*unsupported \$ref/,
    );
  });
});

describe('compileStructuralSchema', () => {
  it('refuses a keyword it does not understand, naming where', () => {
    expect(() =>
      compileStructuralSchema({type: 'object', properties: {a: {type: 'string', uniqueItems: true}}}, 'crd'),
    ).toThrow(/\(root\)\.a: unsupported schema keyword "uniqueItems"/);
  });
  it('keeps CRD objects closed unless unknown fields are preserved; JSON Schema only with additionalProperties: false', () => {
    const crd = compileStructuralSchema(
      {
        type: 'object',
        properties: {a: {type: 'object'}, b: {type: 'object', 'x-kubernetes-preserve-unknown-fields': true}},
      },
      'crd',
    );
    expect(messages(validateStructural({a: {x: 1}, b: {y: 1}, c: 1}, crd, {label: 'L', crd: true}))).toEqual([
      expect.stringMatching(/^a\.x: unknown field "x": the L has no such field here/) as string,
      expect.stringMatching(/^c: unknown field "c"/) as string,
    ]);
    const json = compileStructuralSchema({type: 'object', properties: {a: {type: 'string'}}}, 'json-schema');
    expect(validateStructural({a: 'x', b: 1}, json, {label: 'L', crd: false})).toEqual([]);
  });
  it('accepts int-or-string and checks int32 ranges', () => {
    const schema = compileStructuralSchema(
      {
        type: 'object',
        properties: {
          p: {'x-kubernetes-int-or-string': true, anyOf: [{type: 'integer'}, {type: 'string'}]},
          n: {type: 'integer', format: 'int32'},
        },
      },
      'crd',
    );
    expect(validateStructural({p: 80, n: 1}, schema, {label: 'L', crd: true})).toEqual([]);
    expect(messages(validateStructural({p: true, n: 2 ** 40}, schema, {label: 'L', crd: true}))).toEqual([
      'p: must be an integer or a string, not the boolean true',
      'n: must be a 32-bit integer, not the number 1099511627776',
    ]);
  });
  it('every vendored schema compiles', () => {
    for (const source of THIRD_PARTY_SOURCES) {
      for (const key of source.kinds) {
        if (key.includes('/') && !key.endsWith('/match')) {
          const [group, version, kind] = key.split('/');
          expect(thirdPartyToolFor(`${group}/${version}`, kind ?? ''), key).toBe(source.tool);
          const object = {apiVersion: `${group}/${version}`, kind, metadata: {name: 'x'}, spec: {}};
          expect(() => validateThirdPartyObject(object, none), key).not.toThrow();
        }
      }
    }
    expect(Object.keys(THIRD_PARTY_TOOLS).sort()).toEqual(['cilium', 'falco', 'gatekeeper', 'kyverno', 'tetragon']);
  });
});

describe('validateExamples with third-party files', () => {
  const options = (registry: Registry): ValidateOptions => ({
    registry,
    skips: {},
    api: {isApiKind: () => false, validate: () => [{path: ['kind'], message: 'not an API kind'}]},
    configSchema: () => undefined,
    pss: {isPodBearing: () => false, highestLevel: () => 'restricted'},
    thirdParty: thirdPartyValidator,
  });
  const templateYaml = `apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata:
  name: k8sallowedrepos
spec:
  crd:
    spec:
      names:
        kind: K8sAllowedRepos
      validation:
        openAPIV3Schema:
          type: object
          properties:
            repos:
              type: array
              items:
                type: string
  targets:
    - target: admission.k8s.gatekeeper.sh
      rego: package k8sallowedrepos
`;
  const constraintYaml = (kind: string) => `apiVersion: constraints.gatekeeper.sh/v1beta1
kind: ${kind}
metadata:
  name: repos
spec:
  parameters:
    repos: ["registry.example.com/"]
    extra: 1
`;

  it('validates a constraint against a template in another file, with file and line', () => {
    const report = validateExamples(
      [
        {path: 'p/z-template.yaml', text: templateYaml},
        {path: 'p/a-constraint.yaml', text: constraintYaml('K8sAllowedRepos')},
        {path: 'p/b-constraint.yaml', text: constraintYaml('K8sAllowedRegistries')},
      ],
      options({
        'p/a-constraint.yaml': {description: 'd', kinds: ['K8sAllowedRepos']},
        'p/b-constraint.yaml': {description: 'd', kinds: ['K8sAllowedRegistries']},
        'p/z-template.yaml': {description: 'd', kinds: ['ConstraintTemplate']},
      }),
    );
    expect(report.problems).toEqual([
      {
        file: 'p/a-constraint.yaml',
        line: 8,
        message: expect.stringMatching(/^spec\.parameters\.extra: unknown field "extra"/) as string,
      },
      {
        file: 'p/b-constraint.yaml',
        line: 2,
        message: expect.stringMatching(/^kind: unknown constraint kind "K8sAllowedRegistries"/) as string,
      },
    ]);
    expect(report.counts.thirdParty).toEqual({gatekeeper: 3});
  });

  it('names the fix for a third-party kind or version with no vendored schema', () => {
    const report = validateExamples(
      [{path: 'p/old.yaml', text: 'apiVersion: kyverno.io/v2beta1\nkind: ClusterPolicy\nmetadata:\n  name: p\n'}],
      options({'p/old.yaml': {description: 'd', kinds: ['ClusterPolicy']}}),
    );
    expect(report.problems).toEqual([
      {
        file: 'p/old.yaml',
        line: 1,
        message: expect.stringMatching(
          /^apiVersion: kyverno\.io\/v2beta1 ClusterPolicy has no vendored schema; this group has: v1\/ClusterPolicy, v1\/Policy\. /,
        ) as string,
      },
    ]);
  });

  it('reads a .falco.yaml file as one list and reports lines', () => {
    const report = validateExamples(
      [
        {path: 'p/ok.falco.yaml', text: '- list: l\n  items: [a]\n'},
        {
          path: 'p/bad.falco.yaml',
          text: '- macro: m\n  condition: c\n- rule: r\n  desc: d\n  condition: c\n  output: o\n  priority: LOUD\n',
        },
        {path: 'p/misnamed.yaml', text: '- list: l\n  items: [a]\n'},
      ],
      options({
        'p/bad.falco.yaml': {description: 'd', kinds: [FALCO_RULES_KIND]},
        'p/misnamed.yaml': {description: 'd', kinds: [FALCO_RULES_KIND]},
        'p/ok.falco.yaml': {description: 'd', kinds: ['Pod']},
      }),
    );
    expect(report.problems).toEqual([
      {file: 'p/ok.falco.yaml', message: "is a Falco rules file; register it with kinds: ['FalcoRules']"},
      {file: 'p/bad.falco.yaml', line: 7, message: expect.stringMatching(/^\[1\]\.priority: must be one of/) as string},
      {
        file: 'p/misnamed.yaml',
        message: 'is registered as FalcoRules but its name does not end in .falco.yaml; rename it',
      },
    ]);
    expect(report.counts.thirdParty).toEqual({falco: 3});
  });
});
