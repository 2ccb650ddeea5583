import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  apiGroupMatches,
  isFullWildcard,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  ruleAllows,
  ruleCovers,
  selectorMatches,
  verbMatches,
} from './match';
import {rule} from './test-helpers';
import type {LabelSelector, PolicyRule, ResourceAttributes} from './types';

const sel = (
  matchLabels: Record<string, string>,
  matchExpressions: LabelSelector['matchExpressions'] = [],
): LabelSelector => ({
  matchLabels: new Map(Object.entries(matchLabels)),
  matchExpressions,
});

describe('verb and API group matching', () => {
  it('matches exact verbs and *', () => {
    expect(verbMatches(rule({verbs: ['get', 'list']}), 'list')).toBe(true);
    expect(verbMatches(rule({verbs: ['get', 'list']}), 'watch')).toBe(false);
    expect(verbMatches(rule({verbs: ['*']}), 'escalate')).toBe(true);
  });
  it('is case-sensitive', () => {
    expect(verbMatches(rule({verbs: ['Get']}), 'get')).toBe(false);
  });
  it('matches the core group "" only when listed', () => {
    expect(apiGroupMatches(rule({apiGroups: ['']}), '')).toBe(true);
    expect(apiGroupMatches(rule({apiGroups: ['apps']}), '')).toBe(false);
    expect(apiGroupMatches(rule({apiGroups: ['*']}), 'apps')).toBe(true);
  });
});

describe('resource matching (upstream ResourceMatches)', () => {
  it('* matches resources and subresources', () => {
    const r = rule({resources: ['*']});
    expect(resourceMatches(r, 'pods')).toBe(true);
    expect(resourceMatches(r, 'pods', 'exec')).toBe(true);
  });
  it('a plain resource does not cover its subresources', () => {
    const r = rule({resources: ['pods']});
    expect(resourceMatches(r, 'pods')).toBe(true);
    expect(resourceMatches(r, 'pods', 'exec')).toBe(false);
    expect(resourceMatches(r, 'pods', 'log')).toBe(false);
  });
  it('matches resource/subresource exactly', () => {
    const r = rule({resources: ['pods/exec']});
    expect(resourceMatches(r, 'pods', 'exec')).toBe(true);
    expect(resourceMatches(r, 'pods', 'attach')).toBe(false);
    expect(resourceMatches(r, 'pods')).toBe(false);
  });
  it('*/subresource matches that subresource of any resource', () => {
    const r = rule({resources: ['*/scale']});
    expect(resourceMatches(r, 'deployments', 'scale')).toBe(true);
    expect(resourceMatches(r, 'statefulsets', 'scale')).toBe(true);
    expect(resourceMatches(r, 'deployments')).toBe(false);
    expect(resourceMatches(r, 'deployments', 'status')).toBe(false);
    expect(resourceMatches(r, 'deployments', 'xscale')).toBe(false);
    // only a leading * is a wildcard: "x/scale" is the scale subresource of resource x
    expect(resourceMatches(rule({resources: ['x/scale']}), 'deployments', 'scale')).toBe(false);
    expect(resourceMatches(rule({resources: ['x/scale']}), 'x', 'scale')).toBe(true);
  });
  it('pods/* is a literal, not a wildcard (as upstream)', () => {
    const r = rule({resources: ['pods/*']});
    expect(resourceMatches(r, 'pods', 'exec')).toBe(false);
    expect(resourceMatches(r, 'pods', 'log')).toBe(false);
    expect(resourceMatches(r, 'pods')).toBe(false);
  });
});

describe('resourceNames', () => {
  it('empty list matches any name, including none', () => {
    expect(resourceNameMatches(rule({}), 'x')).toBe(true);
    expect(resourceNameMatches(rule({}), '')).toBe(true);
  });
  it('restricts to listed names; a request without a name does not match', () => {
    const r = rule({resourceNames: ['web']});
    expect(resourceNameMatches(r, 'web')).toBe(true);
    expect(resourceNameMatches(r, 'db')).toBe(false);
    expect(resourceNameMatches(r, '')).toBe(false);
  });
  it('ruleCovers: create of a top-level resource cannot be limited by name, a subresource create can', () => {
    const named = rule({
      verbs: ['create'],
      apiGroups: [''],
      resources: ['pods', 'serviceaccounts/token'],
      resourceNames: ['x'],
    });
    expect(ruleCovers(named, {verb: 'create', apiGroup: '', resource: 'pods'})).toBe('none');
    expect(ruleCovers(named, {verb: 'create', apiGroup: '', resource: 'serviceaccounts', subresource: 'token'})).toBe(
      'named',
    );
    expect(
      ruleCovers(rule({verbs: ['create'], apiGroups: [''], resources: ['pods']}), {
        verb: 'create',
        apiGroup: '',
        resource: 'pods',
      }),
    ).toBe('all');
    expect(
      ruleCovers(rule({verbs: ['deletecollection'], apiGroups: [''], resources: ['pods'], resourceNames: ['a']}), {
        verb: 'deletecollection',
        apiGroup: '',
        resource: 'pods',
      }),
    ).toBe('none');
  });
});

describe('non-resource URLs', () => {
  it('matches *, exact paths and trailing * prefixes', () => {
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['*']}), '/anything')).toBe(true);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/metrics']}), '/metrics')).toBe(true);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/metrics']}), '/metrics/x')).toBe(false);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/healthz/*']}), '/healthz/etcd')).toBe(true);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/healthz/*']}), '/healthz')).toBe(false);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/api*']}), '/apis/apps')).toBe(true);
    expect(nonResourceURLMatches(rule({nonResourceURLs: ['/logs**']}), '/logs/kube')).toBe(true);
  });
  it('resource rules never match non-resource requests and vice versa', () => {
    const res = rule({verbs: ['*'], apiGroups: ['*'], resources: ['*']});
    const url = rule({verbs: ['*'], nonResourceURLs: ['*']});
    expect(ruleAllows(res, {verb: 'get', nonResourceURL: '/metrics'})).toBe(false);
    expect(ruleAllows(url, {verb: 'get', apiGroup: '', resource: 'pods'})).toBe(false);
    expect(ruleAllows(url, {verb: 'get', nonResourceURL: '/metrics'})).toBe(true);
  });
});

describe('ruleAllows', () => {
  const r = rule({verbs: ['get'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web']});
  it('needs verb, group, resource and name to match', () => {
    expect(ruleAllows(r, {verb: 'get', apiGroup: 'apps', resource: 'deployments', name: 'web'})).toBe(true);
    expect(ruleAllows(r, {verb: 'list', apiGroup: 'apps', resource: 'deployments', name: 'web'})).toBe(false);
    expect(ruleAllows(r, {verb: 'get', apiGroup: '', resource: 'deployments', name: 'web'})).toBe(false);
    expect(ruleAllows(r, {verb: 'get', apiGroup: 'apps', resource: 'replicasets', name: 'web'})).toBe(false);
    expect(ruleAllows(r, {verb: 'get', apiGroup: 'apps', resource: 'deployments', name: 'api'})).toBe(false);
    expect(ruleAllows(r, {verb: 'get', apiGroup: 'apps', resource: 'deployments'})).toBe(false);
  });
  it('isFullWildcard only for * verbs, groups and resources without names', () => {
    expect(isFullWildcard(rule({verbs: ['*'], apiGroups: ['*'], resources: ['*']}))).toBe(true);
    expect(isFullWildcard(rule({verbs: ['*'], apiGroups: [''], resources: ['*']}))).toBe(false);
    expect(isFullWildcard(rule({verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: ['x']}))).toBe(false);
  });
});

describe('label selectors (aggregation)', () => {
  const labels = new Map([
    ['team', 'a'],
    ['tier', 'web'],
  ]);
  it('matchLabels are ANDed', () => {
    expect(selectorMatches(sel({team: 'a'}), labels)).toBe(true);
    expect(selectorMatches(sel({team: 'a', tier: 'db'}), labels)).toBe(false);
  });
  it('an empty selector matches everything', () => {
    expect(selectorMatches(sel({}), new Map())).toBe(true);
  });
  it('In / NotIn / Exists / DoesNotExist', () => {
    expect(selectorMatches(sel({}, [{key: 'team', operator: 'In', values: ['a', 'b']}]), labels)).toBe(true);
    expect(selectorMatches(sel({}, [{key: 'team', operator: 'In', values: ['b']}]), labels)).toBe(false);
    expect(selectorMatches(sel({}, [{key: 'missing', operator: 'In', values: ['a']}]), labels)).toBe(false);
    expect(selectorMatches(sel({}, [{key: 'team', operator: 'NotIn', values: ['b']}]), labels)).toBe(true);
    expect(selectorMatches(sel({}, [{key: 'team', operator: 'NotIn', values: ['a']}]), labels)).toBe(false);
    expect(selectorMatches(sel({}, [{key: 'missing', operator: 'NotIn', values: ['a']}]), labels)).toBe(true);
    expect(selectorMatches(sel({}, [{key: 'tier', operator: 'Exists', values: []}]), labels)).toBe(true);
    expect(selectorMatches(sel({}, [{key: 'missing', operator: 'Exists', values: []}]), labels)).toBe(false);
    expect(selectorMatches(sel({}, [{key: 'missing', operator: 'DoesNotExist', values: []}]), labels)).toBe(true);
    expect(selectorMatches(sel({}, [{key: 'tier', operator: 'DoesNotExist', values: []}]), labels)).toBe(false);
  });
});

// ---- properties -----------------------------------------------------------

const token = fc.constantFrom(
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'escalate',
  'bind',
  'impersonate',
  'x',
);
const group = fc.constantFrom('', 'apps', 'batch', 'rbac.authorization.k8s.io', 'example.com');
const resource = fc.constantFrom('pods', 'secrets', 'deployments', 'nodes', 'roles', 'widgets');
const sub = fc.option(fc.constantFrom('exec', 'log', 'scale', 'status', 'proxy', 'token'), {nil: undefined});
const resEntry = fc.oneof(
  resource,
  fc.tuple(resource, fc.constantFrom('exec', 'log', 'scale', 'status', 'proxy', 'token')).map(([r, s]) => `${r}/${s}`),
  fc.constantFrom('*', '*/scale', '*/exec', 'pods/*'),
);
const arbRule: fc.Arbitrary<PolicyRule> = fc.record({
  verbs: fc.array(fc.oneof(token, fc.constant('*')), {minLength: 1, maxLength: 4}),
  apiGroups: fc.array(fc.oneof(group, fc.constant('*')), {minLength: 1, maxLength: 3}),
  resources: fc.array(resEntry, {minLength: 1, maxLength: 4}),
  resourceNames: fc.oneof(
    fc.constant([] as string[]),
    fc.array(fc.constantFrom('a', 'b', 'web'), {minLength: 1, maxLength: 2}),
  ),
  nonResourceURLs: fc.constant([] as string[]),
});
const arbRequest: fc.Arbitrary<ResourceAttributes> = fc
  .record({
    verb: token,
    apiGroup: group,
    resource,
    subresource: sub,
    name: fc.option(fc.constantFrom('a', 'b', 'web', 'zzz'), {nil: undefined}),
  })
  .map(({subresource, name, ...rest}) => ({...rest, ...(subresource ? {subresource} : {}), ...(name ? {name} : {})}));

describe('matching properties', () => {
  it('widening verbs, groups or resources to * never loses a grant', () => {
    fc.assert(
      fc.property(arbRule, arbRequest, (r, req) => {
        if (!ruleAllows(r, req)) return;
        expect(ruleAllows({...r, verbs: ['*']}, req)).toBe(true);
        expect(ruleAllows({...r, apiGroups: ['*']}, req)).toBe(true);
        expect(ruleAllows({...r, resources: ['*']}, req)).toBe(true);
        expect(ruleAllows({...r, resourceNames: []}, req)).toBe(true);
      }),
    );
  });
  it('a rule with * verbs grants every verb that the same rule with a specific verb grants', () => {
    fc.assert(
      fc.property(arbRule, arbRequest, (r, req) => {
        const specific = {...r, verbs: [req.verb]};
        if (ruleAllows(specific, req)) expect(ruleAllows({...r, verbs: ['*']}, req)).toBe(true);
      }),
    );
  });
  it('adding entries to a rule never removes access (monotonic)', () => {
    fc.assert(
      fc.property(arbRule, arbRule, arbRequest, (a, b, req) => {
        const union: PolicyRule = {
          verbs: [...a.verbs, ...b.verbs],
          apiGroups: [...a.apiGroups, ...b.apiGroups],
          resources: [...a.resources, ...b.resources],
          resourceNames:
            a.resourceNames.length && b.resourceNames.length ? [...a.resourceNames, ...b.resourceNames] : [],
          nonResourceURLs: [],
        };
        if (ruleAllows(a, req)) expect(ruleAllows(union, req)).toBe(true);
      }),
    );
  });
  it('a full wildcard rule allows every resource request', () => {
    fc.assert(
      fc.property(arbRequest, (req) => {
        expect(ruleAllows(rule({verbs: ['*'], apiGroups: ['*'], resources: ['*']}), req)).toBe(true);
      }),
    );
  });
  it('ruleCovers agrees with ruleAllows for rules without resourceNames', () => {
    fc.assert(
      fc.property(arbRule, arbRequest, (r, req) => {
        const plain = {...r, resourceNames: []};
        const {name: _name, ...noName} = req;
        expect(ruleCovers(plain, noName) === 'all').toBe(ruleAllows(plain, req));
      }),
    );
  });
});
