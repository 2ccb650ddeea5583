import {describe, expect, it} from 'vitest';
import {PSS_SHARE_KEYS} from '../pss/view';
import {RBAC_SHARE_KEYS} from '../rbac/view';
import {stateFromHash} from './fragment';
import {tryItHref} from './tryIt';

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n';

describe('tryItHref', () => {
  it('opens the Pod Security checker with the manifest, file name and level, at the latest version', () => {
    const href = tryItHref({tool: 'pss', level: 'baseline'}, pod, 'attack-vectors/pod.yaml');
    const [path, hash] = href.split('#');
    expect(path).toBe('/tools/pss-checker');
    expect(stateFromHash(`#${hash}`, PSS_SHARE_KEYS)).toEqual({
      yaml: pod,
      file: 'attack-vectors/pod.yaml',
      level: 'baseline',
      version: 'latest',
      show: 'all',
    });
  });

  it('opens the RBAC analyzer on its findings', () => {
    const href = tryItHref({tool: 'rbac'}, 'kind: Role\n', 'attack-vectors/role.yaml');
    expect(href.startsWith('/tools/rbac-analyzer#s=')).toBe(true);
    const state = stateFromHash(`#${href.split('#')[1]}`, RBAC_SHARE_KEYS);
    expect(state?.['yaml']).toBe('kind: Role\n');
    expect(state?.['view']).toBe('findings');
  });

  it('refuses an empty manifest, naming the file', () => {
    expect(() => tryItHref({tool: 'pss', level: 'baseline'}, '  \n', 'a.yaml')).toThrow(/a\.yaml is empty/);
  });
});
