import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which proxies in front of the gateway may tell the client's address (X-Forwarded-For), from the
 * TRUST_PROXY setting (issue #15). The per-address sign-in throttle (ACC-6) and the logs use that
 * address, so trusting too little makes every client look like the load balancer, and trusting too
 * much lets a client pick its own address.
 *
 *   loopback (default)            a proxy on the same host (nginx beside the gateway, `pnpm stack`)
 *   none                          nobody: the gateway is reached directly
 *   <n>                           the n nearest hops, whatever their address (a fixed chain of proxies)
 *   <list>                        addresses, subnets (CIDR) and the names loopback, linklocal,
 *                                 uniquelocal, comma-separated — e.g. `10.0.0.0/8` for a cluster's ingress
 *
 * One compiled function serves Express (`req.ip`) and the direct /graphql path, so both always agree.
 */
export type TrustProxy = (address: string, hop: number) => boolean;

export const DEFAULT_TRUST_PROXY = 'loopback';

const trustNobody: TrustProxy = () => false;

/** Compiles the setting; throws an Error whose message says what is wrong with it. */
export function compileTrustProxy(setting: string): TrustProxy {
  const value = setting.trim();
  if (value === 'none') return trustNobody;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 32) throw new Error('at most 32 hops');
    return (_address, hop) => hop < hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === '')) throw new Error('an empty entry in the list');
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; use none, a hop count, or addresses, subnets and loopback, linklocal, uniquelocal separated by commas`,
    );
  }
}

/** The client's address exactly as Express's `req.ip` computes it with the same trust function. */
export function clientAddressOf(req: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(req, trust);
}
