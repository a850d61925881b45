import { directDebitOnText } from './direct-debit-words';

describe('direct debit words (issue #12 §1)', () => {
  it.each([
    ['fr', 'Domiciliation le 01/12/2026'],
    ['nl', 'Domiciliëring op 01/12/2026'],
    ['en', 'Direct debit on 01/12/2026'],
    ['fr-BE', 'Domiciliation le 01/12/2026'],
    [undefined, 'Domiciliation le 01/12/2026'],
  ])('says when the amount will be collected (%s)', (language, expected) => {
    expect(directDebitOnText(language, '01/12/2026')).toBe(expected);
  });
});
