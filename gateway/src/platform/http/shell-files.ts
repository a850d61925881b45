import type { Express, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import expressStaticGzip from 'express-static-gzip';
import { shellIndexReader } from './shell-index';

/**
 * The shell's files as the browser should get them (issue #16): the build's brotli/gzip copy when
 * the browser takes it (`scripts/precompress.mjs` writes them; nothing is compressed per request),
 * content-hashed chunks cached for a year as immutable, and the entry points (`index.html`,
 * `main.js`, `remotes.json`, `mf-manifest.json`, `remoteEntry.js`) revalidated at every load.
 */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.(?:js|css)(?:\.map)?(?:\.br|\.gz)?$/;

export function cacheControlFor(path: string): string {
  return CONTENT_HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The routes no client-side route may shadow. */
const SERVER_PATHS = /^\/(?!graphql|internal|healthz|readyz|dev\/).*/;

/** A built folder's files, with their brotli/gzip copies when the browser takes them, cached by kind (cacheControlFor). */
export function precompressedFiles(dist: string) {
  return expressStaticGzip(dist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res: ServerResponse, path: string) => res.setHeader('Cache-Control', cacheControlFor(path)),
    },
  });
}

export function mountShellFiles(app: Express, shellDist: string): void {
  const shellIndex = shellIndexReader(shellDist);
  app.use(precompressedFiles(shellDist));
  // Client-side routes (/contracts/LC-1001, /activate…) all load the shell's index.html.
  app.get(SERVER_PATHS, (req: Request, res: Response, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(shellIndex());
  });
}
