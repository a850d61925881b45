import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBatch } from '../../test/fixtures';
import type { HttpClient } from '../../test/http-client';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

/** NOT-1: a new invoice is announced by e-mail to each active user who keeps the choice; no attachment. */
let t: TestGateway;
let admin: HttpClient;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  admin = await t.client();
  await activate(admin, credentials.loginId, credentials.temporaryPassword);
  await admin.gql(
    `mutation { createLogin(input: { name: "Marc Dupont", email: "marc@atelier-lambert.example", profile: VIEWER }) { loginId } }`,
  );
  await admin.gql(
    `mutation { createLogin(input: { name: "Léa Pending", email: "lea@atelier-lambert.example", profile: VIEWER }) { loginId } }`,
  );
  await t.runWorker();
  const marc = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@atelier-lambert.example')!.text);
  const viewer = await t.client();
  await activate(viewer, marc.loginId, marc.temporaryPassword, 'Boulevard-Vert#2026x');
  expect((await viewer.gql(`mutation { updateMyPreferences(input: { notifyNewInvoice: false }) { notifyNewInvoice } }`)).data).toEqual({
    updateMyPreferences: { notifyNewInvoice: false },
  });
});
afterAll(async () => t.close());

describe('new-invoice e-mail (NOT-1)', () => {
  it('goes once to each active user who keeps the choice, links to the portal and attaches nothing', async () => {
    const invoice = { ...fixtureBatch().invoices[2]!, upstreamId: 'I-NEW', number: 'INV-2026-7777', structuredReference: null };
    await t.ingest({ invoices: [invoice] });
    await t.runWorker();
    const mails = (await t.mails()).filter((m) => m.template === 'new-invoice');
    expect(mails.map((m) => m.to)).toEqual(['claire@atelier-lambert.example']);
    expect(mails[0]!.subject).toBe('Nouveau document disponible : INV-2026-7777');
    expect(mails[0]!.text).toContain('http://127.0.0.1:0/documents');
    expect(Object.keys(mails[0]!).sort()).toEqual(['html', 'language', 'messageId', 'subject', 'template', 'text', 'to']);

    await t.ingest({ invoices: [invoice] });
    await t.runWorker();
    expect((await t.mails()).filter((m) => m.template === 'new-invoice')).toHaveLength(1);
  });
});
