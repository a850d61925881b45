import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderTab, testCustomerViewer, type TestLanguage } from '@customer-corner/ui/testing';
import { RemoteApp } from '../app/remote-app';

/** The remote as the shell mounts it under /company/* (section "company") or /profiles/*, with network-level mocks. */
export function renderProfilesTab({
  mocks = [],
  section = 'company',
  language = 'fr',
  profile = 'ADMINISTRATOR',
  path = '',
}: {
  mocks?: MockLink.MockedResponse[];
  section?: 'company' | 'profiles';
  language?: TestLanguage;
  profile?: 'ADMINISTRATOR' | 'VIEWER';
  /** A page under the section, e.g. "/tokens". */
  path?: string;
}) {
  return renderTab({
    RemoteApp,
    mounts: [{ basePath: `/${section}`, section }],
    route: `/${section}${path}`,
    language,
    viewer: testCustomerViewer(profile),
    customerServicesEmail: 'cs@example.test',
    MockedProvider,
    mocks,
  });
}
