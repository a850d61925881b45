import type express from 'express';

/**
 * NODE_ENV=test only: GET /__test/hold?ms=N answers after N milliseconds, so that the shutdown test
 * can keep a real request in flight across a SIGTERM. Never mounted in development or production.
 */
export function mountTestHoldRoute(app: express.Express): void {
  app.get('/__test/hold', (req, res) => {
    const ms = Math.min(Math.max(Number(req.query.ms) || 0, 0), 60_000);
    setTimeout(() => res.json({ heldMs: ms }), ms);
  });
}
