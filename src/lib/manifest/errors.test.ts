import {describe, expect, it} from 'vitest';
import {describeObject} from './errors';

describe('describeObject', () => {
  it('names the object, its namespace when it has one, and a missing name', () => {
    expect(describeObject('RoleBinding', 'ci', 'shop')).toBe('RoleBinding "ci" in namespace "shop"');
    expect(describeObject('ClusterRole', 'view')).toBe('ClusterRole "view"');
    expect(describeObject('NetworkPolicy', '', 'shop')).toBe('NetworkPolicy (no name) in namespace "shop"');
    expect(describeObject('Role', undefined)).toBe('Role (no name)');
  });
});
