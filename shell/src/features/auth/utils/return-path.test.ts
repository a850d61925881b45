import { returnPathOf, safeReturnPath, withReturnPath } from './return-path';

describe('return path after sign-in (#18 item 2): same-origin paths only', () => {
  it.each([
    ['/contracts/LC-10000001-02/amortization', '/contracts/LC-10000001-02/amortization'],
    ['/company', '/company'],
    ['/requests/r-42?tab=history#answer', '/requests/r-42?tab=history#answer'],
    ['/back-office/requests/r1', '/back-office/requests/r1'],
    ['/', null],
    ['', null],
    [null, null],
    ['//evil.example/contracts', null],
    ['/\\evil.example', null],
    ['\\\\evil.example', null],
    ['/contracts\\..\\evil', null],
    ['https://evil.example/contracts', null],
    ['http:/evil.example', null],
    ['javascript:alert(1)', null],
    ['contracts', null],
    ['/\tcontracts', null],
    ['/%0a/evil', '/%0a/evil'],
    ['/sign-in', null],
    ['/sign-in?next=/company', null],
    ['/activate', null],
    ['/staff/sign-in', null],
    ['/reset-password?token=x', null],
  ])('%j → %j', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it('travels encoded in ?next= and comes back unchanged', () => {
    const page = withReturnPath('/sign-in', '/contracts/LC-10000001-02/amortization?from=mail');
    expect(page).toBe('/sign-in?next=%2Fcontracts%2FLC-10000001-02%2Famortization%3Ffrom%3Dmail');
    expect(returnPathOf(page.slice('/sign-in'.length))).toBe('/contracts/LC-10000001-02/amortization?from=mail');
    expect(withReturnPath('/sign-in', null)).toBe('/sign-in');
    expect(returnPathOf('?next=%2F%2Fevil.example')).toBeNull();
  });
});
