import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, RequestHandler } from 'express';
import { precompressedFiles } from '../http/shell-files';

/**
 * API-1..5, issue #20 §2: GraphiQL at GET /graphql for a browser, in development and test only
 * (server.ts never mounts it in production). The page and its scripts are the static build of
 * `explorer/` (GraphiQL 5 on Monaco, bundled by webpack: no CDN, works offline), served from
 * EXPLORER_DIST; its files live under /dev/graphiql/, out of the shell's way.
 */
export const EXPLORER_ASSET_PATH = '/dev/graphiql';

/**
 * The explorer page's CSP — this page only; the portal keeps `shellCspDirectives`.
 * - script-src 'self': the bundle, no inline script, no 'unsafe-eval' (webpack production output
 *   and Monaco's ESM build need no eval).
 * - worker-src 'self': Monaco's editor, JSON and GraphQL language workers (completion and validation
 *   as you type run in them), each a bundled file on this origin.
 * - style-src 'self' 'unsafe-inline': Monaco (0.52, pinned by @graphiql/react 0.39), GraphiQL's
 *   editor, renders each editor line as an HTML string with `style="…"` attributes (viewLine.js,
 *   indentGuides.js) and adds <style> elements for its theme and decorations (dom.createStyleSheet);
 *   it has no nonce support, and per-value hashes cannot cover computed widths and colours. Without
 *   'unsafe-inline' Chromium reports hundreds of violations and the validation squiggles vanish
 *   (checked with the journey e2e/journeys/75-graphiql.mjs). Inline script stays forbidden: CSS only.
 * - font-src / img-src 'self' data:: GraphiQL's fonts and Monaco's icons are data: URLs in its CSS.
 * - connect-src 'self': POST /graphql on this origin, nothing else.
 */
export const GRAPHQL_EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The built page, re-read when the build changes (a rebuild needs no gateway restart). */
function pageReader(explorerDist: string): () => string | null {
  const file = join(explorerDist, 'index.html');
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
}

/**
 * GET /graphql from a browser (HTML preferred over JSON, no `query` parameter) gets GraphiQL;
 * anything else — GraphQL over HTTP GET, a JSON client — goes on to the GraphQL endpoint.
 */
export function graphqlExplorerHandler(explorerDist: string): RequestHandler {
  const page = pageReader(explorerDist);
  return (req, res, next) => {
    const prefersHtml = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
    if (req.query['query'] !== undefined || !prefersHtml) {
      next();
      return;
    }
    res.setHeader('Content-Security-Policy', GRAPHQL_EXPLORER_CSP);
    res.setHeader('Cache-Control', 'no-store');
    const html = page();
    // Not built (a fresh clone before `pnpm start`): a 4xx saying what to do; no route answers 5xx.
    if (html === null) {
      res
        .status(404)
        .type('text/plain')
        .send(`The GraphQL explorer is not built: run \`pnpm build:front\` (it builds explorer/ into ${explorerDist}).\n`);
      return;
    }
    res.type('html').send(html);
  };
}

/** GraphiQL's page at GET /graphql and its files under /dev/graphiql/ (brotli/gzip copies when taken). */
export function mountGraphqlExplorer(app: Express, explorerDist: string): void {
  app.use(EXPLORER_ASSET_PATH, precompressedFiles(explorerDist));
  app.get('/graphql', graphqlExplorerHandler(explorerDist));
}
