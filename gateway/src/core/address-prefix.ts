import { isIP } from 'node:net';

/**
 * The unit a per-address throttle counts (ACC-6, issue #11 §5). One IPv6 subscriber usually holds a
 * whole /64 and can pick any of its 2^64 addresses, so counting exact IPv6 addresses counts nothing:
 * IPv6 is counted per /64 network, IPv4 per address (an IPv4-mapped IPv6 address is its IPv4 address).
 * Anything that is not an IP address is returned as it is.
 */
export function throttledAddressOf(address: string): string {
  const plain = address.trim().replace(/%.*$/, ''); // zone index (fe80::1%eth0)
  const lower = plain.toLowerCase();
  if (lower.startsWith('::ffff:') && isIP(plain.slice(7)) === 4) return plain.slice(7);
  if (isIP(plain) !== 6) return address;
  const groups = expandIpv6(lower);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The 8 groups of an IPv6 address, each without leading zeros (an embedded IPv4 tail counts as 2). */
function expandIpv6(address: string): string[] {
  const [left = '', right] = address.split('::');
  const parts = (side: string) => (side === '' ? [] : side.split(':')).flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const head = parts(left);
  const tail = right === undefined ? [] : parts(right);
  const zeros = Array.from({ length: 8 - head.length - tail.length }, () => '0');
  return [...head, ...zeros, ...tail].map((group) => group.replace(/^0+(?=.)/, ''));
}
