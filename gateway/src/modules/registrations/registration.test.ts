import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBatch } from '../../test/fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { REGISTRATIONS_PER_ADDRESS } from './registration.service';

/** Issue #19 §5 (ACC-8): the public form's answer, its confirmation e-mail and its per-address throttle, through real HTTP. */
let t: TestGateway;
const REGISTER = `mutation($input: RegisterContactInput!) { registerAdministrativeContact(input: $input) }`;
const NINA = {
  customerNumber: '10000003',
  contractNumber: 'LC-3001',
  enterpriseNumber: '0417.497.106',
  contactName: 'Nina Contact',
  email: 'nina@boulangerie.example',
  phone: '+32 2 555 12 12',
};
let minute = 0;
/** Each form a minute after the previous one, from its own address unless told. */
const register = async (input: Record<string, unknown>, address = `198.51.100.${(minute % 200) + 1}`) => {
  minute += 1;
  t.setNow(new Date(Date.parse('2026-12-01T09:00:00.000Z') + minute * 60_000).toISOString());
  return (await t.client()).withHeaders({ 'x-forwarded-for': address }).gql(REGISTER, { input });
};

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-12-01T09:00:00.000Z');
  const batch = fixtureBatch();
  await t.ingest({
    customers: [
      {
        ...batch.customers[0]!,
        upstreamId: 'CUST-C',
        customerNumber: '10000003',
        name: 'Boulangerie Sans Contact',
        enterpriseNumber: '0417497106',
        vatNumber: 'BE0417497106',
        administrativeContact: null,
      },
    ],
    contracts: [
      {
        ...batch.contracts[0]!,
        upstreamId: 'K-3001',
        customerUpstreamId: 'CUST-C',
        contractNumber: 'LC-3001',
        assets: [],
        installments: [],
      },
    ],
  });
  await t.runWorker();
});
afterAll(async () => t.close());

describe('the confirmation e-mail of a registration (issue #19 §5, ACC-8)', () => {
  it.each([
    [
      'FR',
      'fr',
      "Nous avons bien reçu votre demande d'accès à Customer Corner",
      [
        'Bonjour Nina Contact,',
        '',
        'Vous avez demandé à devenir le contact administratif du client 10000003 sur Customer Corner.',
        '',
        'Notre Service Clients vérifie ces données. Si elles correspondent à nos dossiers, vous recevrez un second e-mail avec votre identifiant et un mot de passe temporaire.',
        '',
        "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
        '',
        "L'équipe Customer Corner",
      ],
    ],
    [
      'NL',
      'nl',
      'We hebben uw aanvraag voor toegang tot Customer Corner ontvangen',
      [
        'Beste Nina Contact,',
        '',
        'U vroeg om de administratieve contactpersoon van klant 10000003 te worden op Customer Corner.',
        '',
        'Onze Klantendienst controleert deze gegevens. Als ze overeenkomen met ons dossier, ontvangt u een tweede e-mail met uw gebruikers-id en een tijdelijk wachtwoord.',
        '',
        'Hebt u niets gevraagd? Negeer dan dit bericht.',
        '',
        'Het Customer Corner-team',
      ],
    ],
    [
      'EN',
      'en',
      'We received your request for access to Customer Corner',
      [
        'Dear Nina Contact,',
        '',
        'You asked to become the administrative contact of customer 10000003 on Customer Corner.',
        '',
        'Our Customer Services are checking these details. If they match our records, you will receive a second e-mail with your login id and a temporary password.',
        '',
        'If you did not ask for this, ignore this message.',
        '',
        'The Customer Corner team',
      ],
    ],
  ])('in %s, to the address given, with the exact words', async (language, lang, subject, lines) => {
    const email = `nina-${lang}@boulangerie.example`;
    expect((await register({ ...NINA, email: email.toUpperCase(), language })).data).toEqual({ registerAdministrativeContact: true });
    const mails = (await t.mails()).filter((m) => m.to === email);
    expect(mails.map((m) => [m.template, m.language, m.subject])).toEqual([['registration-received', lang, subject]]);
    expect(mails[0]!.text.split('\n')).toEqual(lines);
    expect(mails[0]!.html).toContain(`<html lang="${lang}">`);
  });

  it('answers and writes alike whether or not the numbers match, and names no company', async () => {
    const unknownCustomer = { ...NINA, customerNumber: '19999999', email: 'eve@example.be' };
    const wrongEnterprise = { ...NINA, enterpriseNumber: '0202.239.951', email: 'mallory@example.be' };
    for (const input of [unknownCustomer, wrongEnterprise])
      expect(await register(input)).toEqual({ data: { registerAdministrativeContact: true } });
    const mails = (await t.mails()).filter((m) => m.to === 'eve@example.be' || m.to === 'mallory@example.be');
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      ['eve@example.be', "Nous avons bien reçu votre demande d'accès à Customer Corner"],
      ['mallory@example.be', "Nous avons bien reçu votre demande d'accès à Customer Corner"],
    ]);
    expect(mails[0]!.text.replace('19999999', '10000003')).toBe(mails[1]!.text.replace(/Bonjour .*,/, 'Bonjour Nina Contact,'));
    expect(mails.map((m) => m.text).join('\n')).not.toContain('Boulangerie');
  });

  it('sends nothing for a form the gateway refuses', async () => {
    const before = (await t.mails()).length;
    const answer = await register({ ...NINA, phone: 'call me', email: 'refused@example.be' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone', code: 'PHONE_INVALID' }] });
    expect((await t.mails()).length).toBe(before);
  });
});

describe('the per-address throttle of the registration form (issue #19 §5, ACC-8)', () => {
  it(`takes ${REGISTRATIONS_PER_ADDRESS} forms an hour from one /64, refuses the next one, and leaves the next /64 alone`, async () => {
    const answers: unknown[] = [];
    for (let i = 1; i <= REGISTRATIONS_PER_ADDRESS; i += 1) {
      answers.push((await register({ ...NINA, email: `flood-${i}@example.be` }, `2001:db8:19:5::${i.toString(16)}`)).data);
    }
    expect(answers).toEqual(Array.from({ length: REGISTRATIONS_PER_ADDRESS }, () => ({ registerAdministrativeContact: true })));
    const refused = await register({ ...NINA, email: 'flood-11@example.be' }, '2001:db8:19:5:ffff:ffff:ffff:fffe');
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'IP_THROTTLED' });
    expect(refused.errors?.[0]?.message).toBe('Too many registrations from your network: try again in 3000 seconds');
    expect((await t.mails()).filter((m) => m.to === 'flood-11@example.be')).toEqual([]);
    expect((await register({ ...NINA, email: 'neighbour@example.be' }, '2001:db8:19:6::1')).data).toEqual({
      registerAdministrativeContact: true,
    });
  });

  it('takes forms again from that /64 once the hour has passed', async () => {
    minute += 60;
    expect((await register({ ...NINA, email: 'later@example.be' }, '2001:db8:19:5::1')).data).toEqual({
      registerAdministrativeContact: true,
    });
  });
});
