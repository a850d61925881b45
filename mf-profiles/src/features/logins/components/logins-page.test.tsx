import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anne, lea, login, loginList, marc } from '../../../test/profiles-fixtures';
import { renderProfilesTab } from '../../../test/render-tab';
import {
  ChangeLoginProfileMutation,
  CreateLoginMutation,
  DeactivateLoginMutation,
  TokensCreatedByQuery,
  LoginListQuery,
  ReissueActivationMutation,
  SetSecondFactorRequiredMutation,
} from '../api/logins.operations';

const list = (data = loginList([anne, marc, lea])) => ({ request: { query: LoginListQuery }, result: { data } });

function cells() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('profile management: the logins (PRO-1..PRO-4)', () => {
  it.each([
    [
      'fr',
      'Gestion des profils',
      '3 accès',
      [
        ['Anne Dupont', 'anne@mosanes.example', 'Administrateur', 'Actif', '20/11/2026'],
        ['Marc Peeters', 'marc@fiduciaire.example', 'Lecteur', 'En attente d’activationÀ activer avant le 04/12/2026', 'Jamais'],
        ['Léa Martin', 'someone@example.test', 'Lecteur', 'Désactivé', '02/03/2026'],
      ],
    ],
    [
      'nl',
      'Profielbeheer',
      '3 toegangen',
      [
        ['Anne Dupont', 'anne@mosanes.example', 'Beheerder', 'Actief', '20/11/2026'],
        ['Marc Peeters', 'marc@fiduciaire.example', 'Lezer', 'Wacht op activeringTe activeren vóór 04/12/2026', 'Nooit'],
        ['Léa Martin', 'someone@example.test', 'Lezer', 'Gedeactiveerd', '02/03/2026'],
      ],
    ],
    [
      'en',
      'Profile management',
      '3 accesses',
      [
        ['Anne Dupont', 'anne@mosanes.example', 'Administrator', 'Active', '20/11/2026'],
        ['Marc Peeters', 'marc@fiduciaire.example', 'Viewer', 'Pending activationTo activate by 04/12/2026', 'Never'],
        ['Léa Martin', 'someone@example.test', 'Viewer', 'Deactivated', '02/03/2026'],
      ],
    ],
  ] as const)('in %s a viewer sees the list only, and why', async (language, heading, count, rows) => {
    await renderProfilesTab({ section: 'profiles', language, profile: 'VIEWER', mocks: [list()] });
    expect(await screen.findByText(count)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    expect(cells()).toEqual(rows);
    expect(screen.queryByRole('button', { name: /Créer un accès|Toegang aanmaken|Create an access/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /intégration|Integratie|Integration/ })).toBeNull();
  });

  it('tells a viewer why in French', async () => {
    await renderProfilesTab({ section: 'profiles', profile: 'VIEWER', mocks: [list()] });
    expect(
      await screen.findByText(
        'Votre profil « lecteur » permet de consulter la liste des accès, pas de la modifier. Adressez-vous à un administrateur de votre société.',
      ),
    ).toBeTruthy();
  });

  it('gives an administrator the actions: re-issue only for pending logins it created', async () => {
    await renderProfilesTab({ section: 'profiles', mocks: [list()] });
    await screen.findByText('3 accès');
    expect(cells().map((row) => row[5])).toEqual([
      // #18 item 19: what the last active administrator cannot do is not offered
      'Dernier administrateur actif : désignez d’abord un autre administrateur pour changer son profil ou le désactiver.',
      'Rendre administrateur — Marc PeetersDésactiver — Marc PeetersRenvoyer l’activation — Marc Peeters',
      'Réactiver — Léa Martin',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Double authentification obligatoire pour tous les accès' })).toBeTruthy();
  });

  it('says plainly that the last active administrator cannot be demoted (LAST_ADMINISTRATOR), when another was demoted meanwhile', async () => {
    const user = userEvent.setup();
    const bruno = login({ id: 'L5', loginId: '111222333', name: 'Bruno Lenaerts', profile: 'ADMINISTRATOR' });
    await renderProfilesTab({
      section: 'profiles',
      mocks: [
        list(loginList([anne, bruno, marc, lea])),
        {
          request: { query: ChangeLoginProfileMutation, variables: { loginId: '481516234', profile: 'VIEWER' } },
          result: { errors: [new GraphQLError('Last administrator', { extensions: { code: 'FORBIDDEN', reason: 'LAST_ADMINISTRATOR' } })] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Rendre lecteur — Anne Dupont' }));
    await user.click(screen.getByRole('button', { name: 'Oui, rendre lecteur' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Impossible : c’est le dernier administrateur actif de votre société. Désignez d’abord un autre administrateur.',
    );
  });

  it('re-issues an activation and says so', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      mocks: [
        list(),
        {
          request: { query: ReissueActivationMutation, variables: { loginId: '902113577' } },
          result: {
            data: {
              reissueActivation: {
                __typename: 'Login',
                id: 'L2',
                status: 'PENDING_ACTIVATION',
                activationExpiresAt: '2026-12-08T22:59:59.000Z',
              },
            },
          },
        },
        list(),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Renvoyer l’activation — Marc Peeters' }));
    expect(await screen.findByText('De nouveaux identifiants d’activation ont été envoyés à Marc Peeters.')).toBeTruthy();
  });

  it('creates a viewer access with the explanation of the two profiles (PRO-2)', async () => {
    const user = userEvent.setup();
    const created = { ...marc, id: 'L4', loginId: '555666777', name: 'Sofie Claes', email: 'sofie@fiduciaire.example' };
    await renderProfilesTab({
      section: 'profiles',
      language: 'en',
      mocks: [
        list(),
        {
          request: {
            query: CreateLoginMutation,
            variables: { input: { name: 'Sofie Claes', email: 'sofie@fiduciaire.example', profile: 'VIEWER' } },
          },
          result: { data: { createLogin: created } },
        },
        list(loginList([anne, marc, lea, created])),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Create an access' }));
    expect(
      screen.getByText(
        'An administrator sees and changes everything (requests, accesses); a viewer, such as your accountant, sees everything but cannot change anything.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create the access' }));
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    await user.type(screen.getByLabelText('Full name'), 'Sofie Claes');
    await user.type(screen.getByLabelText('E-mail address'), 'sofie@fiduciaire.example');
    expect((screen.getByLabelText('Profile') as HTMLSelectElement).value).toBe('VIEWER');
    await user.click(screen.getByRole('button', { name: 'Create the access' }));
    expect(
      await screen.findByText('The access of Sofie Claes is created: an activation e-mail went to sofie@fiduciaire.example.'),
    ).toBeTruthy();
    expect(await screen.findByText('4 accesses')).toBeTruthy();
  });

  it('lets an administrator make the second factor mandatory (ACC-10)', async () => {
    const user = userEvent.setup();
    await renderProfilesTab({
      section: 'profiles',
      language: 'nl',
      mocks: [
        list(),
        {
          request: { query: SetSecondFactorRequiredMutation, variables: { required: true } },
          result: { data: { setSecondFactorRequired: true } },
        },
        list(loginList([anne, marc, lea], true)),
      ],
    });
    const toggle = await screen.findByRole('checkbox', { name: 'Tweestapsverificatie verplicht voor alle toegangen' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await user.click(toggle);
    expect(await screen.findByText('De instelling van de tweestapsverificatie is bewaard.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Tweestapsverificatie verplicht voor alle toegangen' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});

describe('#18 items 6 and 19: creating, demoting and deactivating accesses', () => {
  const bruno = login({ id: 'L5', loginId: '111222333', name: 'Bruno Lenaerts', email: 'bruno@mosanes.example', profile: 'ADMINISTRATOR' });

  it.each([
    [
      'fr',
      'Créer un accès',
      'Nom et prénom',
      'Adresse e-mail',
      'Créer l’accès',
      'Cette adresse e-mail a déjà un accès pour votre société.',
    ],
    [
      'nl',
      'Toegang aanmaken',
      'Naam en voornaam',
      'E-mailadres',
      'Toegang aanmaken',
      'Dit e-mailadres heeft al een toegang voor uw bedrijf.',
    ],
    [
      'en',
      'Create an access',
      'Full name',
      'E-mail address',
      'Create the access',
      'This e-mail address already has an access for your company.',
    ],
  ] as const)(
    'in %s, an e-mail already in use says so (EMAIL_TAKEN), not "invalid e-mail address"',
    async (language, open, name, email, create, sentence) => {
      const user = userEvent.setup();
      await renderProfilesTab({
        section: 'profiles',
        language,
        mocks: [
          list(),
          {
            request: {
              query: CreateLoginMutation,
              variables: { input: { name: 'Anne Bis', email: 'anne@mosanes.example', profile: 'VIEWER' } },
            },
            result: {
              errors: [
                new GraphQLError('Taken', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'EMAIL_TAKEN' }] } }),
              ],
            },
          },
        ],
      });
      await user.click(await screen.findByRole('button', { name: open }));
      await user.type(screen.getByLabelText(name), 'Anne Bis');
      await user.type(screen.getByLabelText(email), 'anne@mosanes.example');
      await user.click(screen.getAllByRole('button', { name: create }).at(-1)!);
      expect(await screen.findByText(sentence)).toBeTruthy();
      expect(screen.getByLabelText(email).getAttribute('aria-invalid')).toBe('true');
    },
  );

  it.each([
    [
      'fr',
      'Rendre lecteur — Bruno Lenaerts',
      'Rendre Bruno Lenaerts lecteur ?',
      'Cette personne pourra encore tout consulter et télécharger, mais plus introduire de demandes ni gérer les accès.',
      'Oui, rendre lecteur',
      'Le profil de Bruno Lenaerts est modifié.',
    ],
    [
      'nl',
      'Lezer maken — Bruno Lenaerts',
      'Bruno Lenaerts lezer maken?',
      'Deze persoon kan nog alles raadplegen en downloaden, maar geen aanvragen meer indienen of toegangen beheren.',
      'Ja, lezer maken',
      'Het profiel van Bruno Lenaerts is gewijzigd.',
    ],
    [
      'en',
      'Make viewer — Bruno Lenaerts',
      'Make Bruno Lenaerts a viewer?',
      'This person can still see and download everything, but can no longer submit requests or manage accesses.',
      'Yes, make viewer',
      'The profile of Bruno Lenaerts is changed.',
    ],
  ] as const)(
    'in %s, demoting asks first and says what happens; cancel changes nothing',
    async (language, button, question, effect, yes, done) => {
      const user = userEvent.setup();
      const demoted = { ...bruno, profile: 'VIEWER' as const };
      await renderProfilesTab({
        section: 'profiles',
        language,
        mocks: [
          list(loginList([anne, bruno, marc, lea])),
          {
            request: { query: ChangeLoginProfileMutation, variables: { loginId: '111222333', profile: 'VIEWER' } },
            result: {
              data: {
                changeLoginProfile: { __typename: 'Login' as const, id: 'L5', profile: 'VIEWER' as const, status: 'ACTIVE' as const },
              },
            },
          },
          list(loginList([anne, demoted, marc, lea])),
        ],
      });
      await user.click(await screen.findByRole('button', { name: button }));
      const dialog = screen.getByRole('alertdialog', { name: question });
      expect(within(dialog).getByText(effect)).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: /Annuler|Annuleren|Cancel/ }));
      expect(screen.queryByRole('alertdialog')).toBeNull();
      await user.click(screen.getByRole('button', { name: button }));
      await user.click(screen.getByRole('button', { name: yes }));
      expect(await screen.findByText(done)).toBeTruthy();
    },
  );

  it('deactivating asks first, saying the person can no longer sign in, then deactivates', async () => {
    const user = userEvent.setup();
    const deactivated = { ...bruno, status: 'DEACTIVATED' as const };
    await renderProfilesTab({
      section: 'profiles',
      mocks: [
        list(loginList([anne, bruno])),
        {
          request: { query: TokensCreatedByQuery, variables: { loginId: '111222333' } },
          result: { data: { apiTokens: [] } },
        },
        {
          request: { query: DeactivateLoginMutation, variables: { loginId: '111222333', createdTokens: 'REVOKE' } },
          result: { data: { deactivateLogin: { __typename: 'Login' as const, id: 'L5', status: 'DEACTIVATED' as const } } },
        },
        list(loginList([anne, deactivated])),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Désactiver — Bruno Lenaerts' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Désactiver l’accès de Bruno Lenaerts ?' });
    expect(
      within(dialog).getByText(
        'Cette personne ne pourra plus se connecter et ses sessions ouvertes sont fermées tout de suite. Vous pourrez réactiver l’accès plus tard.',
      ),
    ).toBeTruthy();
    // the dialog also says which integration accesses Bruno created (#11 §5): none here
    expect(await within(dialog).findByText('Bruno Lenaerts n’a créé aucun accès d’intégration encore valable.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver l’accès' }));
    expect(await screen.findByText('L’accès de Bruno Lenaerts est désactivé.')).toBeTruthy();
    // Anne is now the last active administrator: her demote and deactivate are gone, with the reason
    expect(screen.queryByRole('button', { name: 'Rendre lecteur — Anne Dupont' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Désactiver — Anne Dupont' })).toBeNull();
    expect(
      screen.getByText('Dernier administrateur actif : désignez d’abord un autre administrateur pour changer son profil ou le désactiver.'),
    ).toBeTruthy();
  });
});
