import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { collectDefaultMetrics } from 'prom-client';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { watchDatabase } from './database-metrics';
import { metricsRegistry } from './instruments';

export interface MetricsServerOptions {
  port: number;
  host: string;
  /** When set, a scrape needs `Authorization: Bearer <token>`. */
  token: string | null;
}

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

let defaultMetricsStarted = false;

/**
 * GET /metrics in Prometheus' text format on a listener of its own (METRICS_PORT, loopback unless
 * METRICS_HOST says otherwise), never on the public port (X-6). Also starts prom-client's process
 * metrics: CPU, memory and heap, event-loop lag, GC, handles.
 */
export async function startMetricsServer(
  options: MetricsServerOptions,
  sources: { orm: MikroORM; clock: Clock; logger: Logger },
): Promise<MetricsServer> {
  if (!defaultMetricsStarted) {
    collectDefaultMetrics({ register: metricsRegistry });
    defaultMetricsStarted = true;
  }
  watchDatabase(sources.orm, sources.clock, sources.logger);
  const expected = options.token === null ? null : Buffer.from(`Bearer ${options.token}`);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res
          .writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer' })
          .end('A valid metrics token is required\n');
        return;
      }
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType, 'Cache-Control': 'no-store' }).end(text),
      (error: unknown) => {
        sources.logger.error('metrics scrape failed', { error: String(error) });
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Metrics unavailable\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
