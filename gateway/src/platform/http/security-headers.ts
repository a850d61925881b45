import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { fileStamp } from './shell-index';

/**
 * X-7, issue #11 §3: the browser security headers of every answer the gateway serves through Express
 * — the shell and its client routes, the dev mailbox, the explorer, the print view (and, harmlessly,
 * every JSON answer). Pages with inline code (mailbox, print view) replace the CSP with their own,
 * built by `inlinePageCsp`; GraphiQL at /graphql (development and test) sets its own
 * (`GRAPHQL_EXPLORER_CSP`, issue #20 §2); every other header stays.
 */

export interface SecurityHeaderOptions {
  /** PUBLIC_URL: HSTS only when it is https (a plain-http development origin must stay reachable). */
  publicUrl: string;
  /** SHELL_DIST: its remotes.json names the tabs' manifests; without a shell, no remote is allowed. */
  shellDist: string | null;
}

/**
 * The origins of the tabs named in the shell's run-time config (`{ remotes: { contracts: "http://…/mf-manifest.json" } }`).
 * Relative URLs are on the shell's own origin ('self'); anything that is not an http(s) URL is ignored,
 * as the shell ignores it (shell/src/features/remotes/utils/runtime-config.ts).
 */
export function remoteOrigins(config: unknown): string[] {
  const remotes = typeof config === 'object' && config !== null ? (config as { remotes?: unknown }).remotes : undefined;
  if (typeof remotes !== 'object' || remotes === null) return [];
  const origins = new Set<string>();
  for (const entry of Object.values(remotes)) {
    if (typeof entry !== 'string' || !/^https?:\/\//i.test(entry)) continue;
    try {
      origins.add(new URL(entry).origin);
    } catch {
      // not a URL: the shell does not load it either
    }
  }
  return [...origins].sort();
}

/** The shell's CSP: its own origin (which serves /graphql too) and the tabs' origins, nothing inline. */
export function shellCspDirectives(origins: readonly string[], https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Module Federation loads each tab's remoteEntry.js and chunks by <script src> from its origin…
    'script-src': ["'self'", ...origins],
    // …after fetching its mf-manifest.json; /graphql is on the shell's origin.
    'connect-src': ["'self'", ...origins],
    // The kit and the shell add their stylesheets as constructed sheets, never as inline <style>.
    'style-src': ["'self'"],
    // data: for the second-factor QR code.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** A CSP header value for a self-contained page: only the given inline blocks run, nothing is loaded. */
export function inlinePageCsp(page: { scripts?: string[]; styles?: string[]; images?: string[] }): string {
  const hashes = (blocks: string[] = []) =>
    blocks.map((block) => `'sha256-${createHash('sha256').update(block, 'utf8').digest('base64')}'`);
  const directives = [
    "default-src 'none'",
    ...(page.scripts?.length ? [`script-src ${hashes(page.scripts).join(' ')}`] : []),
    ...(page.styles?.length ? [`style-src ${hashes(page.styles).join(' ')}`] : []),
    ...(page.images?.length ? [`img-src ${page.images.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/**
 * The middleware, mounted once before every route. The remotes config is read again when its file
 * changes, so shipping a tab to a new origin (OPS-3) needs no gateway restart.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const https = options.publicUrl.startsWith('https://');
  const remotesFile = options.shellDist ? join(options.shellDist, 'remotes.json') : null;
  let cached: { stamp: string; handler: RequestHandler; checkedAt: number } | null = null;
  const build = (origins: string[]): RequestHandler =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: shellCspDirectives(origins, https) },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }) as RequestHandler;
  const current = (): RequestHandler => {
    const now = Date.now();
    // One stat a second at most: a new tab origin is picked up within a second.
    if (cached && now - cached.checkedAt < 1000) return cached.handler;
    const stamp = remotesFile ? fileStamp(remotesFile) : 'none';
    if (cached?.stamp !== stamp) cached = { stamp, handler: build(remotesFile ? originsIn(remotesFile) : []), checkedAt: now };
    cached.checkedAt = now;
    return cached.handler;
  };
  return (req, res, next) => current()(req, res, next);
}

function originsIn(path: string): string[] {
  try {
    return remoteOrigins(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // Missing or unreadable: the shell shows every tab's fallback, and the CSP allows no remote.
    return [];
  }
}
