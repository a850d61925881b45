import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderTab, testCustomerViewer, type TestLanguage } from '@customer-corner/ui/testing';
import { RemoteApp } from '../app/remote-app';

/** The tab as the shell mounts it (under /requests/*), with network-level mocks. */
export function renderRequestsTab({
  mocks,
  route = '/requests',
  language = 'fr',
  profile = 'ADMINISTRATOR',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: TestLanguage;
  profile?: 'ADMINISTRATOR' | 'VIEWER';
}) {
  return renderTab({
    RemoteApp,
    mounts: [{ basePath: '/requests' }],
    route,
    language,
    viewer: testCustomerViewer(profile),
    customerServicesEmail: 'service@leasing.example',
    MockedProvider,
    mocks,
  });
}
