import { describe, expect, it } from 'vitest';
import { throttledAddressOf } from './address-prefix';

describe('#11 §5 the per-address sign-in throttle counts IPv6 per /64 (ACC-6)', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:12::1', '2001:db8:85a3:12::/64'],
    ['2001:0db8:85a3:0012:ffff:ffff:ffff:fffe', '2001:db8:85a3:12::/64'],
    ['2001:DB8:85A3:12:aaaa::', '2001:db8:85a3:12::/64'],
    ['2001:db8:85a3:13::1', '2001:db8:85a3:13::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::198.51.100.1', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
    ['', ''],
  ])('%s → %s', (address, expected) => {
    expect(throttledAddressOf(address)).toBe(expected);
  });
});
