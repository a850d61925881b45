import { remoteForPath } from './route-tabs';
import type { RuntimeConfig } from './runtime-config';

/**
 * Issue #16 (a short chain): as soon as main.js runs, the browser starts fetching the current
 * route's tab — its manifest and its remoteEntry.js, which sits beside the manifest — while the
 * shell's own chunks are still coming, instead of after the shell has started and asked for them.
 * The attributes match what the Module Federation runtime then requests (a CORS fetch without
 * credentials for the manifest, a plain <script> for the entry), so the browser reuses these answers.
 */
export function preloadRouteTab(config: RuntimeConfig, pathname: string, doc: Document = document): string[] {
  const remote = remoteForPath(pathname);
  const manifest = remote ? config.remotes[remote] : undefined;
  if (!manifest) return [];
  const manifestUrl = new URL(manifest, doc.baseURI);
  const entryUrl = new URL('remoteEntry.js', manifestUrl);
  const links: [string, string, string | null][] = [
    [manifestUrl.href, 'fetch', 'anonymous'],
    [entryUrl.href, 'script', null],
  ];
  for (const [href, as, crossOrigin] of links) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = as;
    link.href = href;
    if (crossOrigin) link.crossOrigin = crossOrigin;
    doc.head.append(link);
  }
  return links.map(([href]) => href);
}
