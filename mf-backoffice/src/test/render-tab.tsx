import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { RemoteViewer } from '@customer-corner/ui';
import { renderTab, type TestLanguage } from '@customer-corner/ui/testing';
import { RemoteApp } from '../app/remote-app';

export const agent: RemoteViewer = {
  kind: 'STAFF',
  name: 'Agent Service Clientèle',
  profile: null,
  staffRole: 'AGENT',
  customerNumber: null,
  customerName: null,
};

/** The back office as the shell mounts it (under /back-office/*), with network-level mocks. */
export function renderBackOffice({
  mocks,
  route = '/back-office',
  language = 'fr',
  viewer = agent,
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: TestLanguage;
  viewer?: RemoteViewer;
}) {
  return renderTab({
    RemoteApp,
    mounts: [{ basePath: '/back-office' }],
    route,
    language,
    viewer,
    customerServicesEmail: 'cs@example.test',
    MockedProvider,
    mocks,
  });
}
