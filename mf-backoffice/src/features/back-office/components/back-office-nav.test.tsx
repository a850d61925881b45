import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackOfficeRequestQuery, PendingRegistrationsQuery, RequestQueueQuery, StaffAuditLogQuery } from '../api/back-office.operations';
import { bankRequest, queuePage } from '../../../test/back-office-fixtures';
import { renderBackOffice } from '../../../test/render-tab';
import { backOfficeSectionOf } from './back-office-nav';

const detailMock = {
  request: { query: BackOfficeRequestQuery, variables: { id: 'r1' } },
  result: { data: { __typename: 'Query' as const, backOfficeRequest: bankRequest() } },
};

function sectionLinks() {
  const nav = screen.getByRole('navigation', { name: 'Back-office sections' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')]);
}

describe('back-office navigation from a request detail (#18 item 1, BO-2..BO-5)', () => {
  it.each([
    ['/back-office', 'queue'],
    ['/back-office/requests/r1', 'queue'],
    ['/back-office/customers', 'customers'],
    ['/back-office/registrations', 'registrations'],
    ['/back-office/audit', 'audit'],
    ['/back-office/requests/r1/customers', 'queue'],
    ['/back-officex', null],
    ['/contracts', null],
  ])('%s belongs to the section %s', (pathname, section) => {
    expect(backOfficeSectionOf(pathname, '/back-office')).toBe(section);
  });

  it('links every section to its own address, and marks only the current one (EN)', async () => {
    await renderBackOffice({ language: 'en', route: '/back-office/requests/r1', mocks: [detailMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Request DEM-2026-0001' })).toBeTruthy();
    expect(sectionLinks()).toEqual([
      ['Request queue', '/back-office', 'page'],
      ['Customers', '/back-office/customers', null],
      ['Registrations to verify', '/back-office/registrations', null],
      ['Audit trail', '/back-office/audit', null],
    ]);
  });

  it('goes from a request detail to customers, registrations, audit trail and back to the queue', async () => {
    const user = userEvent.setup();
    await renderBackOffice({
      language: 'en',
      route: '/back-office/requests/r1',
      mocks: [
        detailMock,
        { request: { query: PendingRegistrationsQuery }, result: { data: { pendingRegistrations: [] } } },
        {
          request: { query: StaffAuditLogQuery, variables: { first: 50 } },
          result: {
            data: {
              staffAuditLog: {
                __typename: 'AuditEntryConnection',
                totalCount: 0,
                edges: [],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
        { request: { query: RequestQueueQuery, variables: { first: 20, filter: {} } }, result: { data: queuePage() } },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Request DEM-2026-0001' });

    await user.click(screen.getByRole('link', { name: 'Customers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer lookup' })).toBeTruthy();
    expect(sectionLinks().map(([name, , current]) => [name, current])).toEqual([
      ['Request queue', null],
      ['Customers', 'page'],
      ['Registrations to verify', null],
      ['Audit trail', null],
    ]);

    await user.click(screen.getByRole('link', { name: 'Registrations to verify' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrations to verify' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Audit trail' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Request queue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Request queue' })).toBeTruthy();
    expect(await screen.findByText('1 request')).toBeTruthy();
  });
});
