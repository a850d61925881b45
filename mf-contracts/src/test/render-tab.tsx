import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderTab, type TestLanguage } from '@customer-corner/ui/testing';
import { RemoteApp } from '../app/remote-app';

/** The tab as the shell mounts it (under /contracts/*), with network-level mocks. */
export function renderContractsTab({
  mocks,
  route = '/contracts',
  language = 'fr',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: TestLanguage;
}) {
  return renderTab({
    RemoteApp,
    mounts: [{ basePath: '/contracts' }],
    route,
    language,
    customerServicesEmail: 'service@leasing.example',
    MockedProvider,
    mocks,
  });
}
