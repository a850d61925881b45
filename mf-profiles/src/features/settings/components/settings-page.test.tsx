import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderProfilesTab } from '../../../test/render-tab';
import {
  AuditLogQuery,
  ChangePasswordMutation,
  ConfirmSecondFactorEnrollmentMutation,
  DisableSecondFactorMutation,
  MySettingsQuery,
  SettingsPasswordProblemsQuery,
  StartSecondFactorEnrollmentMutation,
  UpdateMyPreferencesMutation,
} from '../api/settings.operations';

function me(overrides: { secondFactorEnabled?: boolean; secondFactorRequired?: boolean } = {}) {
  return {
    __typename: 'Me' as const,
    loginId: '481516234',
    name: 'Anne Dupont',
    email: 'anne@mosanes.example',
    language: 'FR' as const,
    notifyNewInvoice: true,
    secondFactorEnabled: overrides.secondFactorEnabled ?? true,
    profile: 'ADMINISTRATOR' as const,
    customer: {
      __typename: 'MeCustomer' as const,
      customerNumber: '10000001',
      name: 'Constructions Mosanes',
      secondFactorRequired: overrides.secondFactorRequired ?? false,
    },
    linkedCustomers: [
      {
        __typename: 'LinkedCustomer' as const,
        loginId: '481516234',
        customerNumber: '10000001',
        customerName: 'Constructions Mosanes',
        current: true,
      },
      {
        __typename: 'LinkedCustomer' as const,
        loginId: '777888999',
        customerNumber: '10000042',
        customerName: 'Mosane Location',
        current: false,
      },
    ],
  };
}
const settings = (data = me()) => ({ request: { query: MySettingsQuery }, result: { data: { me: data } } });
const passwordProblems = (password: string, problems: string[]) => ({
  request: { query: SettingsPasswordProblemsQuery, variables: { password, loginId: '481516234' } },
  result: { data: { passwordProblems: problems } },
});
const audit = (after: string | null, ids: number[], hasNextPage: boolean, action = 'login.created') => ({
  request: { query: AuditLogQuery, variables: after ? { first: 20, after } : { first: 20 } },
  result: {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection' as const,
        totalCount: 3,
        nodes: ids.map((id) => ({
          __typename: 'AuditEntry' as const,
          id: `A${id}`,
          at: `2026-11-2${id}T09:15:00.000Z`,
          actorName: 'Anne Dupont',
          actorKind: 'customer',
          action,
          entityType: 'login',
          entityRef: `90000000${id}`,
          entityName: null,
          before: action === 'login.profile-changed' ? '{"profile":"VIEWER"}' : null,
          after: action === 'login.profile-changed' ? '{"profile":"ADMINISTRATOR"}' : null,
        })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? 'c1' : null },
      },
    },
  },
});

describe('my settings (PRO-6, ACC-10, ACC-11, PRO-7, PRO-8)', () => {
  it.each([
    ['fr', 'Télécharger mes données personnelles (JSON)', 'Au moins 1 lettre majuscule', 'Numéros clients liés'],
    ['nl', 'Mijn persoonsgegevens downloaden (JSON)', 'Minstens 1 hoofdletter', 'Gekoppelde klantnummers'],
    ['en', 'Download my personal data (JSON)', 'At least 1 uppercase letter', 'Linked customer numbers'],
  ] as const)('in %s shows the rules, the linked numbers and the personal-data link', async (language, download, rule, linked) => {
    await renderProfilesTab({ section: 'profiles', path: '/settings', language, profile: 'VIEWER', mocks: [settings()] });
    expect((await screen.findByRole('link', { name: download })).getAttribute('href')).toBe('/me/personal-data.json');
    expect(screen.getByText(rule)).toBeTruthy();
    expect(screen.getByRole('heading', { name: linked })).toBeTruthy();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['10000001', 'Constructions Mosanes', '481516234'],
      ['10000042', 'Mosane Location', '777888999'],
    ]);
    // PRO-7 is for administrators only.
    expect(screen.queryByRole('heading', { name: /audit/i })).toBeNull();
  });

  it('shows each password rule met or not met while typing, asking the server for the others (ACC-4, PRO-6)', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      profile: 'VIEWER',
      mocks: [settings(), passwordProblems('Password-2024!', ['COMMON_PASSWORD']), passwordProblems('Tramway-Lune-42', [])],
    });
    const newPassword = await screen.findByLabelText('Nouveau mot de passe');
    const list = screen.getByRole('list', { name: 'Règles du mot de passe' });
    expect(list.getAttribute('aria-live')).toBe('polite');
    expect(newPassword.getAttribute('aria-describedby')).toBe(list.id);
    const ruleTexts = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent);

    await user.type(newPassword, 'password2');
    expect(ruleTexts().slice(0, 5)).toEqual([
      '✗Au moins 12 caractères (non respectée)',
      '✓Au plus 128 caractères (respectée)',
      '✗Au moins 1 lettre majuscule (non respectée)',
      '✗Au moins 2 chiffres (non respectée)',
      '✗Au moins 1 signe de ponctuation ou symbole (non respectée)',
    ]);

    await user.clear(newPassword);
    await user.type(newPassword, 'Password-2024!');
    await waitFor(() =>
      expect(ruleTexts()).toEqual([
        '✓Au moins 12 caractères (respectée)',
        '✓Au plus 128 caractères (respectée)',
        '✓Au moins 1 lettre majuscule (respectée)',
        '✓Au moins 2 chiffres (respectée)',
        '✓Au moins 1 signe de ponctuation ou symbole (respectée)',
        '✗Pas un mot de passe courant (même avec chiffres ou ponctuation ajoutés) (non respectée)',
        '✓Ne contient pas votre identifiant (respectée)',
        '✓Ne contient pas votre nom (respectée)',
        '✓Ne contient pas le nom de votre société (respectée)',
      ]),
    );

    await user.clear(newPassword);
    await user.type(newPassword, 'Tramway-Lune-42');
    await waitFor(() =>
      expect(ruleTexts()[5]).toBe('✓Pas un mot de passe courant (même avec chiffres ou ponctuation ajoutés) (respectée)'),
    );
    expect(ruleTexts().filter((text) => text?.startsWith('✗'))).toEqual([]);
  });

  it.each([
    ['nl', 'Nieuw wachtwoord', 'Regels voor het wachtwoord', '✓Minstens 1 hoofdletter (voldaan)', '✗Minstens 2 cijfers (niet voldaan)'],
    ['en', 'New password', 'Password rules', '✓At least 1 uppercase letter (met)', '✗At least 2 digits (not met)'],
  ] as const)('in %s says which rule is met while typing', async (language, field, title, uppercase, digits) => {
    const user = userEvent.setup();
    const mocks = [settings(), passwordProblems('Zeebrugge7', ['MIN_LENGTH', 'TWO_DIGITS', 'PUNCTUATION'])];
    await renderProfilesTab({ section: 'profiles', path: '/settings', language, profile: 'VIEWER', mocks });
    await user.type(await screen.findByLabelText(field), 'Zeebrugge7');
    const items = within(screen.getByRole('list', { name: title }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items.slice(2, 4)).toEqual([uppercase, digits]);
  });

  it('does not send a new password that breaks a rule it can check itself', async () => {
    const user = userEvent.setup();
    const mocks = [settings(), passwordProblems('Court-1!', ['MIN_LENGTH'])];
    await renderProfilesTab({ section: 'profiles', path: '/settings', profile: 'VIEWER', mocks });
    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'Old-Secret-12!');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Court-1!');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(screen.getByText('Le nouveau mot de passe ne respecte pas encore toutes les règles ci-dessous.')).toBeTruthy();
    expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server’s field errors when changing the password, and marks the refused rule', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      profile: 'VIEWER',
      mocks: [
        settings(),
        passwordProblems('Anne-Dupont-2026!', []),
        {
          request: {
            query: ChangePasswordMutation,
            variables: { input: { currentPassword: 'Old-Secret-12!', newPassword: 'Anne-Dupont-2026!' } },
          },
          result: {
            errors: [
              new GraphQLError('Password policy', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'PASSWORD_POLICY',
                  fields: [
                    { field: 'currentPassword', code: 'PASSWORD_INCORRECT' },
                    { field: 'newPassword', code: 'CONTAINS_NAME' },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'Old-Secret-12!');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Anne-Dupont-2026!');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Il contient votre nom.')).toBeTruthy();
    expect(screen.getByText('Le mot de passe actuel est incorrect.')).toBeTruthy();
    expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('aria-invalid')).toBe('true');
    const name = within(screen.getByRole('list', { name: 'Règles du mot de passe' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)[7];
    expect(name).toBe('✗Ne contient pas votre nom (non respectée)');
  });

  it('saves the notification choice and the language', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language: 'en',
      mocks: [
        settings(),
        audit(null, [], false),
        {
          request: { query: UpdateMyPreferencesMutation, variables: { input: { notifyNewInvoice: false, language: 'FR' } } },
          result: { data: { updateMyPreferences: { __typename: 'Me', loginId: '481516234', language: 'FR', notifyNewInvoice: false } } },
        },
      ],
    });
    const box = await screen.findByRole('checkbox', { name: 'E-mail me about each new invoice' });
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    // The stored language is French: the portal switches to it at once, like the shell's switch.
    expect(await screen.findByText('Vos préférences sont enregistrées.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gestion des profils');
  });

  it('removes the second factor with the password, and explains when the company requires it', async () => {
    const user = userEvent.setup();
    const view = await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language: 'en',
      profile: 'VIEWER',
      mocks: [
        settings(),
        {
          request: { query: DisableSecondFactorMutation, variables: { password: 'My-Secret-12!' } },
          result: { data: { disableSecondFactor: true } },
        },
        settings(me({ secondFactorEnabled: false })),
      ],
    });
    await user.type(await screen.findByLabelText('Password (to confirm)'), 'My-Secret-12!');
    await user.click(screen.getByRole('button', { name: 'Remove the second factor' }));
    expect(await screen.findByText('The second factor is removed.')).toBeTruthy();
    expect(await screen.findByText('Off')).toBeTruthy();
    view.unmount();

    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language: 'en',
      profile: 'VIEWER',
      mocks: [settings(me({ secondFactorRequired: true }))],
    });
    expect(await screen.findByText('Your company makes the second factor mandatory: you cannot remove it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove the second factor' })).toBeNull();
  });

  it('turns the second factor on by choice: key grouped by 4, a first code, then the recovery codes once (ACC-10)', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      mocks: [
        settings(me({ secondFactorEnabled: false })),
        {
          request: { query: StartSecondFactorEnrollmentMutation },
          result: {
            data: {
              startSecondFactorEnrollment: {
                __typename: 'SecondFactorEnrollment' as const,
                secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
                otpauthUri: 'otpauth://totp/Customer%20Corner:481516234?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
              },
            },
          },
        },
        {
          request: { query: ConfirmSecondFactorEnrollmentMutation, variables: { code: '123456' } },
          result: {
            data: {
              confirmSecondFactorEnrollment: {
                __typename: 'SecondFactorEnrolled' as const,
                recoveryCodes: ['k7m2-x9qp-4hzt', 'a2b3-c4d5-e6f7'],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('Activez-la ici avec une application d’authentification (TOTP).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Activer la double authentification' }));
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    const confirmButton = screen.getByRole('button', { name: 'Confirmer' }) as HTMLButtonElement;
    expect(confirmButton.disabled).toBe(true);
    await user.type(screen.getByLabelText('Code à 6 chiffres affiché par l’application'), '123456');
    await user.click(confirmButton);
    expect(await screen.findByText('La double authentification est activée.')).toBeTruthy();
    const codes = screen.getByRole('list', { name: 'Vos codes de secours — notez-les maintenant, ils ne seront plus affichés' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['k7m2-x9qp-4hzt', 'a2b3-c4d5-e6f7']);
  });

  it('shows the audit log to an administrator, newest first, with "load more" (PRO-7)', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      mocks: [settings(), audit(null, [6, 5], true), audit('c1', [4], false, 'company.bank_details.changed')],
    });
    const table = await screen.findByRole('table', { name: 'Journal d’audit, du plus récent au plus ancien' });
    expect(table).toBeTruthy();
    await screen.findByRole('button', { name: 'Afficher plus' });
    const firstCells = () =>
      within(screen.getByRole('table', { name: 'Journal d’audit, du plus récent au plus ancien' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(firstCells()).toEqual([
      // #18 item 11: the kind of record in words, not "login 900000006"
      ['26/11/2026 10:15', 'Anne Dupont', 'Accès créé', 'Accès 900000006', ''],
      ['25/11/2026 10:15', 'Anne Dupont', 'Accès créé', 'Accès 900000005', ''],
    ]);
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await screen.findByText('Accès 900000004');
    expect(firstCells()[2]).toEqual(['24/11/2026 10:15', 'Anne Dupont', 'Coordonnées bancaires modifiées', 'Accès 900000004', '']);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });
});

describe('linked customer numbers when there are none (ACC-11)', () => {
  it.each([
    ['fr', 'Aucun autre numéro client n’est lié à cet accès.'],
    ['nl', 'Er is geen ander klantnummer aan deze toegang gekoppeld.'],
    ['en', 'No other customer number is linked to this access.'],
  ] as const)('in %s says so instead of an empty table', async (language, text) => {
    const alone = { ...me(), linkedCustomers: me().linkedCustomers.slice(0, 1) };
    await renderProfilesTab({ section: 'profiles', path: '/settings', language, profile: 'VIEWER', mocks: [settings(alone)] });
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('#18 items 8, 21, 22 in my settings', () => {
  const enrollmentMocks = () => [
    settings(me({ secondFactorEnabled: false })),
    {
      request: { query: StartSecondFactorEnrollmentMutation },
      result: {
        data: {
          startSecondFactorEnrollment: {
            __typename: 'SecondFactorEnrollment' as const,
            secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/Customer%20Corner:481516234?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Customer%20Corner',
          },
        },
      },
    },
    {
      request: { query: ConfirmSecondFactorEnrollmentMutation, variables: { code: '123456' } },
      result: {
        data: { confirmSecondFactorEnrollment: { __typename: 'SecondFactorEnrolled' as const, recoveryCodes: ['k7m2-x9qp-4hzt'] } },
      },
    },
    settings(me({ secondFactorEnabled: true })),
  ];

  it.each([
    [
      'fr',
      'Double authentification',
      'Activer la double authentification',
      'QR code à scanner avec votre application d’authentification',
      'Code à 6 chiffres affiché par l’application',
      'Confirmer',
      'Non activée',
      'Activée',
    ],
    [
      'nl',
      'Tweestapsverificatie',
      'Tweestapsverificatie inschakelen',
      'QR-code om te scannen met uw authenticatie-app',
      'Code van 6 cijfers uit de app',
      'Bevestigen',
      'Niet ingeschakeld',
      'Ingeschakeld',
    ],
    [
      'en',
      'Second factor',
      'Turn on the second factor',
      'QR code to scan with your authenticator app',
      '6-digit code shown by the app',
      'Confirm',
      'Off',
      'On',
    ],
  ] as const)(
    'in %s: a QR code, the grouped key, then the codes — and the badge says on at once',
    async (language, title, enable, qr, codeLabel, confirm, off, on) => {
      const user = userEvent.setup();
      await renderProfilesTab({ section: 'profiles', path: '/settings', language, profile: 'VIEWER', mocks: enrollmentMocks() });
      const card = (await screen.findByRole('heading', { name: title })).closest('section')!;
      expect(within(card).getByText(off)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: enable }));
      const image = await screen.findByRole('img', { name: qr });
      expect(image.getAttribute('data-modules')).toBe('41'); // drawn here from the otpauth URI, no image fetched
      expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
      await user.type(screen.getByLabelText(codeLabel), '123456');
      await user.click(screen.getByRole('button', { name: confirm }));
      expect(await screen.findByText('k7m2-x9qp-4hzt')).toBeTruthy();
      // item 8: right after enrolment, beside "is on", the badge no longer says "not activated"
      expect(within(card).getByText(on)).toBeTruthy();
      expect(within(card).queryByText(off)).toBeNull();
    },
  );

  it('item 22: refuses the current password as the new one without sending it, and says the gateway’s SAME_AS_CURRENT', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      profile: 'VIEWER',
      mocks: [
        settings(),
        passwordProblems('Tramway-Lune-42', []),
        {
          request: {
            query: ChangePasswordMutation,
            variables: { input: { currentPassword: 'Tramway-Lune-41', newPassword: 'Tramway-Lune-42' } },
          },
          result: {
            errors: [
              new GraphQLError('Same', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'PASSWORD_POLICY',
                  fields: [{ field: 'newPassword', code: 'SAME_AS_CURRENT' }],
                },
              }),
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'Tramway-Lune-42');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Tramway-Lune-42');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    // no mutation was sent (an unmatched mock would fail), the field says why
    expect(screen.getByText('Le nouveau mot de passe doit être différent du mot de passe actuel.')).toBeTruthy();
    expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('aria-invalid')).toBe('true');
    // the gateway's own answer reads the same (it refuses it too, e.g. after a paste with other spacing)
    await user.clear(screen.getByLabelText('Mot de passe actuel'));
    await user.type(screen.getByLabelText('Mot de passe actuel'), 'Tramway-Lune-41');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Le nouveau mot de passe doit être différent du mot de passe actuel.')).toBeTruthy();
  });
});

describe('#18 item 11: the audit log reads as words', () => {
  it.each([
    ['fr', 'Profil d’un accès modifié', 'Accès 900000007', 'Profil\u00a0: Lecteur → Administrateur'],
    ['nl', 'Profiel van een toegang gewijzigd', 'Toegang 900000007', 'Profiel: Lezer → Beheerder'],
    ['en', 'Access profile changed', 'Access 900000007', 'Profile: Viewer → Administrator'],
  ] as const)('in %s: translated object, readable before → after, no JSON', async (language, action, entity, change) => {
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language,
      mocks: [settings(), audit(null, [7], false, 'login.profile-changed')],
    });
    const table = await screen.findByRole('table', { name: /audit/i });
    const cells = [...within(table).getAllByRole('row')[1]!.querySelectorAll('th, td')].map((cell) => cell.textContent);
    expect(cells.slice(2)).toEqual([action, entity, change]);
    expect(table.textContent).not.toContain('{');
  });
});

describe('#18 item 11: the audit log names people and translates request fields (PRO-7)', () => {
  const node = (id: string, entityType: string, entityRef: string, entityName: string | null, action: string, after: string | null) => ({
    __typename: 'AuditEntry' as const,
    id,
    at: '2026-11-26T09:15:00.000Z',
    actorName: 'Anne Dupont',
    actorKind: 'customer',
    action,
    entityType,
    entityRef,
    entityName,
    before: null,
    after,
  });
  const BANK_CHANGE = '[{"field":"iban","value":"BE** **** **** 7034"},{"field":"accountHolder","value":"Atelier Lambert"}]';

  it.each([
    [
      'fr',
      'Accès Marc Peeters391267635',
      'Demande REQ-2026-000004',
      'IBAN\u00a0: — → BE** **** **** 7034 · Titulaire du compte\u00a0: — → Atelier Lambert',
    ],
    [
      'nl',
      'Toegang Marc Peeters391267635',
      'Aanvraag REQ-2026-000004',
      'IBAN: — → BE** **** **** 7034 · Rekeninghouder: — → Atelier Lambert',
    ],
    [
      'en',
      'Access Marc Peeters391267635',
      'Request REQ-2026-000004',
      'IBAN: — → BE** **** **** 7034 · Account holder: — → Atelier Lambert',
    ],
  ] as const)('in %s: "%s", "%s", "%s"', async (language, named, request, change) => {
    await renderProfilesTab({
      section: 'profiles',
      path: '/settings',
      language,
      mocks: [
        settings(),
        {
          request: { query: AuditLogQuery, variables: { first: 20 } },
          result: {
            data: {
              auditLog: {
                __typename: 'AuditEntryConnection' as const,
                totalCount: 2,
                nodes: [
                  node('A1', 'login', '391267635', 'Marc Peeters', 'login.created', null),
                  node('A2', 'change_request', 'REQ-2026-000004', null, 'request.submitted', BANK_CHANGE),
                ],
                pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: /audit/i });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells[0]![3]).toBe(named);
    expect(within(table).getByText('391267635').className).toBe('cc-secondary-text');
    expect(cells[1]!.slice(3)).toEqual([request, change]);
  });
});
