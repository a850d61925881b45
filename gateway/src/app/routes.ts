import { join } from 'node:path';
import { documentDownloadRoutes } from '../modules/documents';
import { personalDataRoutes } from '../modules/identity';
import { DatabaseFileStorage, LocalDirectoryStorage, attachmentRoutes } from '../modules/requests';
import type { AppConfig } from '../platform/config';
import type { RouteMount } from '../platform/http/route-mount';
import { internalRoutes } from '../modules/integration';

/** HTTP routes modules add beside /graphql (downloads, uploads, the core system's feed), built from their settings.
 * Each authenticates like /graphql, or by the ingestion secret for the core system's routes. */
export function moduleRoutes(config: Pick<AppConfig, 'uploadDir' | 'uploadStorage' | 'ingestSecret'>): RouteMount[] {
  return [
    // INT-1, INT-2: the core leasing system's routes, behind the ingestion secret.
    internalRoutes({ ingestSecret: config.ingestSecret }),
    documentDownloadRoutes,
    personalDataRoutes,
    attachmentRoutes({
      // #13 §4: in the database every replica reads what any replica stored; the folder is one machine's.
      storage:
        config.uploadStorage === 'database'
          ? (orm) => new DatabaseFileStorage(orm)
          : new LocalDirectoryStorage(join(config.uploadDir, 'files')),
      stagingDir: join(config.uploadDir, 'incoming'),
    }),
  ];
}
