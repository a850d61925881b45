import { expect } from 'vitest';
import { fixtureBatch } from './fixtures';
import type { HttpClient } from './http-client';
import type { TestGateway } from './test-gateway';

export const STRONG_PASSWORD = 'Vélo-Rouge#Nord42';
export const OTHER_STRONG_PASSWORD = 'Tram-Jaune&Sud77x';

/** Credentials read from an activation e-mail (ACC-2), as a person would. */
export function credentialsFromMail(text: string): { loginId: string; temporaryPassword: string } {
  const loginId = /(?:Identifiant|Gebruikersnummer|Login id)\s*:\s*(\d{9})/.exec(text)?.[1];
  const temporaryPassword = /(?:Mot de passe temporaire|Tijdelijk wachtwoord|Temporary password)\s*:\s*(\S+)/.exec(text)?.[1];
  expect(loginId).toMatch(/^\d{9}$/);
  expect(temporaryPassword).toBeTruthy();
  return { loginId: loginId!, temporaryPassword: temporaryPassword! };
}

/** Ingests the fixture and lets the worker provision the first administrators; returns Atelier's credentials. */
export async function provisionAtelierAdministrator(t: TestGateway): Promise<{ loginId: string; temporaryPassword: string }> {
  await t.ingest(fixtureBatch());
  await t.runWorker();
  const mail = (await t.mails()).find((m) => m.to === 'claire@atelier-lambert.example' && m.template === 'activation');
  expect(mail).toBeDefined();
  return credentialsFromMail(mail!.text);
}

export const ACTIVATE = `mutation($input: ActivateAccessInput!) { activateAccess(input: $input) { status me { loginId name profile customer { customerNumber } } } }`;
export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { status me { loginId profile } } }`;
export const ME = `{ me { kind loginId name profile customer { customerNumber } linkedCustomers { loginId customerNumber current } } }`;

export async function activate(client: HttpClient, loginId: string, temporaryPassword: string, newPassword = STRONG_PASSWORD) {
  return client.gql<{ activateAccess: { status: string } }>(ACTIVATE, { input: { loginId, temporaryPassword, newPassword } });
}

export async function signIn(client: HttpClient, loginId: string, password: string) {
  return client.gql<{ signIn: { status: string; me: { loginId: string } | null } }>(SIGN_IN, { input: { loginId, password } });
}
