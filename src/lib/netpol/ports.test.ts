import {describe, expect, it} from 'vitest';
import {
  ALL_PORTS,
  contains,
  formatPortSet,
  intersect,
  isAll,
  isEmpty,
  NO_PORTS,
  portSetOf,
  toConnections,
  union,
} from './ports';

describe('port sets', () => {
  it('merges adjacent and overlapping ranges', () => {
    const s = union(
      portSetOf('TCP', [
        [80, 80],
        [81, 90],
      ]),
      portSetOf('TCP', [
        [85, 100],
        [443, 443],
      ]),
    );
    expect(s.TCP).toEqual([
      [80, 100],
      [443, 443],
    ]);
    expect(formatPortSet(s)).toBe('TCP 80-100, 443');
  });
  it('intersects per protocol', () => {
    const a = union(portSetOf('TCP', [[1, 1000]]), portSetOf('UDP', [[53, 53]]));
    const b = portSetOf('TCP', [[443, 8443]]);
    expect(toConnections(intersect(a, b))).toEqual([{protocol: 'TCP', port: 443, endPort: 1000}]);
    expect(isEmpty(intersect(portSetOf('UDP', [[53, 53]]), portSetOf('TCP', [[53, 53]])))).toBe(true);
  });
  it('knows all and none', () => {
    expect(
      isAll(
        union(union(portSetOf('TCP', [[1, 65535]]), portSetOf('UDP', [[1, 65535]])), portSetOf('SCTP', [[1, 65535]])),
      ),
    ).toBe(true);
    expect(toConnections(ALL_PORTS)).toBe('all');
    expect(formatPortSet(NO_PORTS)).toBe('no ports');
    expect(contains(portSetOf('SCTP', [[5000, 5010]]), 'SCTP', 5005)).toBe(true);
    expect(contains(portSetOf('SCTP', [[5000, 5010]]), 'TCP', 5005)).toBe(false);
    expect(formatPortSet(portSetOf('UDP', [[1, 65535]]))).toBe('UDP (all ports)');
  });
});
