import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { httpRequestDuration } from './instruments';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);

/** Times one request of the public listener, labelled by its route template once it is answered. */
export function observeHttpRequest(req: IncomingMessage, res: ServerResponse): void {
  const started = performance.now();
  res.once('close', () => {
    httpRequestDuration.observe(
      {
        method: METHODS.has(req.method ?? '') ? req.method! : 'OTHER',
        route: routeLabel(req, res.statusCode),
        // A client that left before the end of the answer.
        status: res.writableFinished ? String(res.statusCode) : 'aborted',
      },
      (performance.now() - started) / 1000,
    );
  });
}

/**
 * A bounded label: the template of the Express route that answered ("/documents/:id/pdf"), never
 * the raw URL with its ids; "/graphql" for both ways into Apollo; "shell" for the front end's
 * client-side routes, "static" for its files, "unmatched" for a 404.
 */
export function routeLabel(req: IncomingMessage, status: number): string {
  const route = (req as { route?: { path?: unknown } }).route?.path;
  if (typeof route === 'string') return `${(req as { baseUrl?: string }).baseUrl ?? ''}${route}`;
  if (route instanceof RegExp) return 'shell';
  // Inside app.use('/graphql', …) Express shortens req.url; originalUrl keeps what came in.
  const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
  if (path === '/graphql') return '/graphql';
  return status === 404 ? 'unmatched' : 'static';
}
