import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from '../../../app/database';
import { createScratchDatabase, type ScratchDatabase } from '../../../platform/db/scratch-database';
import { systemClock } from '../../../platform/clock';
import { sha256Hex } from '../../../platform/auth/secrets';
import { fixtureBatch } from '../../../test/fixtures';
import { databaseEnv, startGatewayProcess, type RealProcess } from '../../../test/processes';
import { IngestionService } from '../../integration';
import { Customer } from '../../customers';
import { ApiToken, LoginProfile } from '../../identity';
import { multipartBody, pdfFile, sha256Of } from './attachment-test-support';
import { StoredFileChunk } from './stored-file-chunk.entity';

/**
 * Issue #13 §4: two real gateway replicas on one database, each with its own UPLOAD_DIR (as two
 * machines would have): a file uploaded through replica A is attached and downloaded through replica B.
 * PostgreSQL stores files in the database by default; on SQLite the test asks for it (UPLOAD_STORAGE).
 */
const TOKEN = 'ccp_shared-uploads-token-0123456789abcdef';
let scratch: ScratchDatabase;
let orm: MikroORM;
let replicaA: RealProcess & { url: string };
let replicaB: RealProcess & { url: string };
const folders: string[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL);
  orm = await openDatabase(scratch.database);
  await migrate(orm);
  await new IngestionService(orm, systemClock).ingest(fixtureBatch());
  const em = orm.em.fork();
  em.create(ApiToken, {
    customer: await em.findOneOrFail(Customer, { customerNumber: '10000001' }),
    name: 'Shared uploads test',
    profile: LoginProfile.ADMINISTRATOR,
    tokenHash: sha256Hex(TOKEN),
    displayPrefix: TOKEN.slice(0, 12),
    expiresAt: new Date(Date.now() + 86_400_000),
    createdByLoginRef: '00000000-0000-0000-0000-000000000000',
  });
  await em.flush();
  const replica = () => {
    const uploadDir = mkdtempSync(join(tmpdir(), 'cc-replica-uploads-'));
    folders.push(uploadDir);
    return startGatewayProcess({
      ...databaseEnv(scratch.database),
      UPLOAD_DIR: uploadDir,
      ...(scratch.database.kind === 'sqlite' ? { UPLOAD_STORAGE: 'database' } : {}),
    });
  };
  [replicaA, replicaB] = await Promise.all([replica(), replica()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([replicaA?.stop(), replicaB?.stop()]);
  await orm?.close(true);
  await scratch?.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const bearer = { authorization: `Bearer ${TOKEN}` };

describe('uploads shared by every replica (issue #13 §4)', () => {
  it('upload through replica A, attach to a request and download through replica B: the same bytes', async () => {
    // 600 kB: three chunks in the database
    const content = pdfFile('Extrait de la BCE', 600_000);
    const { body, contentType } = multipartBody([{ name: 'extrait-bce.pdf', content }]);
    const uploaded = await fetch(`${replicaA.url}/uploads`, { method: 'POST', headers: { ...bearer, 'content-type': contentType }, body });
    const answer = (await uploaded.json()) as { attachments: { id: string; sizeBytes: number }[] };
    expect(uploaded.status).toBe(201);
    const [{ id, sizeBytes }] = answer.attachments as [{ id: string; sizeBytes: number }];
    expect(sizeBytes).toBe(600_000);
    expect(await orm.em.fork().count(StoredFileChunk, {})).toBe(3);

    const submitted = await fetch(`${replicaB.url}/graphql`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { status attachments { id fileName sizeBytes downloadUrl } } }',
        variables: {
          input: { type: 'OTHER', message: 'Voici notre extrait BCE à jour.', idempotencyKey: 'shared-uploads-1', attachmentIds: [id] },
        },
      }),
    });
    const request = (await submitted.json()) as {
      data: {
        submitChangeRequest: { status: string; attachments: { id: string; fileName: string; sizeBytes: number; downloadUrl: string }[] };
      };
    };
    expect(request.data.submitChangeRequest.attachments).toEqual([
      { id, fileName: 'extrait-bce.pdf', sizeBytes: 600_000, downloadUrl: `/attachments/${id}` },
    ]);

    const downloaded = await fetch(`${replicaB.url}/attachments/${id}`, { headers: bearer });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    expect(downloaded.headers.get('content-length')).toBe('600000');
    expect(sha256Of(Buffer.from(await downloaded.arrayBuffer()))).toBe(sha256Of(content));
  }, 60_000);
});
