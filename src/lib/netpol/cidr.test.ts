import {describe, expect, it} from 'vitest';
import {cidrContains, formatIp, isStrictSubset, parseCidr, parseIp} from './cidr';

function ip(text: string) {
  const r = parseIp(text);
  if (!r) throw new Error(text);
  return r;
}
function cidr(text: string) {
  const r = parseCidr(text);
  if (!r) throw new Error(text);
  return r;
}

describe('parseIp', () => {
  it('reads IPv4 and IPv6, with :: compression and a dotted tail', () => {
    expect(formatIp(ip('10.0.0.1'))).toBe('10.0.0.1');
    expect(formatIp(ip('2001:db8::1'))).toBe('2001:db8:0:0:0:0:0:1');
    expect(formatIp(ip('::ffff:192.0.2.1'))).toBe('0:0:0:0:0:ffff:c000:201');
    expect(ip('::').value).toBe(0n);
  });
  it('refuses what is not an address', () => {
    for (const bad of [
      '10.0.0',
      '10.0.0.256',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      'fe80::1%eth0',
      'abc',
      '',
      '10.0.0.1/32',
    ])
      expect(parseIp(bad), bad).toBeUndefined();
  });
});

describe('parseCidr', () => {
  it('masks host bits like ParseCIDR and keeps the text', () => {
    const c = cidr('10.1.2.3/8');
    expect(formatIp({family: 4, value: c.base})).toBe('10.0.0.0');
    expect(c.prefix).toBe(8);
  });
  it('refuses a missing or too long prefix', () => {
    for (const bad of ['10.0.0.0', '10.0.0.0/33', '::/129', '10.0.0.0/x', '/8'])
      expect(parseCidr(bad), bad).toBeUndefined();
  });
  it('contains addresses of its family only', () => {
    expect(cidrContains(cidr('0.0.0.0/0'), ip('8.8.8.8'))).toBe(true);
    expect(cidrContains(cidr('0.0.0.0/0'), ip('2001:db8::1'))).toBe(false);
    expect(cidrContains(cidr('::/0'), ip('2001:db8::1'))).toBe(true);
    expect(cidrContains(cidr('169.254.169.254/32'), ip('169.254.169.254'))).toBe(true);
    expect(cidrContains(cidr('169.254.169.254/32'), ip('169.254.169.253'))).toBe(false);
    expect(cidrContains(cidr('2001:db8::/32'), ip('2001:db9::1'))).toBe(false);
  });
  it('strict subset: inside, same family, longer prefix (ValidateIPBlock)', () => {
    expect(isStrictSubset(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(isStrictSubset(cidr('10.0.0.0/8'), cidr('10.0.0.0/8'))).toBe(false);
    expect(isStrictSubset(cidr('11.0.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
    expect(isStrictSubset(cidr('2001:db8::/48'), cidr('0.0.0.0/0'))).toBe(false);
    expect(isStrictSubset(cidr('fd00::/8'), cidr('::/0'))).toBe(true);
  });
});
