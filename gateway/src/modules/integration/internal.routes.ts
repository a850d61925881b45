import express from 'express';
import { IngestionRejected } from '../../platform/errors';
import { internalSecretRequired } from '../../platform/http/internal-secret';
import { checkIdParameters } from '../../platform/http/request-guard';
import type { RouteMount } from '../../platform/http/route-mount';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { IngestionService } from './ingestion.service';

/** The core leasing system's routes, all behind the ingestion secret:
 * INT-1 it pushes its records; INT-2 it fetches the applied changes and acknowledges each one once it has taken it. */
export function internalRoutes(options: { ingestSecret: string }): RouteMount {
  return (app, { orm, clock }) => {
    const ingestion = new IngestionService(orm, clock);
    const internal = express.Router();
    internal.use(internalSecretRequired(options.ingestSecret));
    checkIdParameters(internal);

    internal.post('/ingest', express.json({ limit: '64mb' }), async (req, res) => {
      try {
        const summary = await ingestion.ingest(req.body);
        res.json({ ok: true, summary });
      } catch (error) {
        if (error instanceof IngestionRejected) {
          res.status(422).json({ ok: false, error: { code: 'BAD_USER_INPUT', message: error.message, problems: error.problems } });
          return;
        }
        throw error;
      }
    });

    internal.get('/events', async (req, res) => {
      const limit = Math.min(Math.max(Number(req.query.limit ?? 100) || 100, 1), 500);
      const messages = await orm.em
        .fork()
        .find(OutboxMessage, { topic: { $like: 'core.%' }, processedAt: null }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit });
      res.json({
        events: messages.map((m) => ({ id: m.id, topic: m.topic, createdAt: m.createdAt, payload: JSON.parse(m.payload) as unknown })),
      });
    });

    internal.post('/events/:id/ack', async (req, res) => {
      const em = orm.em.fork();
      const message = await em.findOne(OutboxMessage, { id: req.params.id, topic: { $like: 'core.%' } });
      if (!message) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Event not found' } });
        return;
      }
      message.processedAt ??= clock.now();
      await em.flush();
      res.json({ ok: true, acknowledgedAt: message.processedAt });
    });

    app.use('/internal', internal);
  };
}
