import { screen } from '@testing-library/react';
import { ContractDetailQuery } from '../api/contracts.queries';
import { detail } from '../../../test/contract-fixtures';
import { renderContractsTab } from '../../../test/render-tab';

/*
 * #18 item 9 (CON-2, X-2, X-3): the early-termination rule reads in the user's language; a text the
 * gateway could only give in another language is marked with that language (`lang`).
 */
const number = 'LC-10000002-01';

const TEXTS = {
  FR: "Capital restant dû majoré d'une indemnité de 3 %",
  NL: 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %',
  EN: 'Outstanding capital plus an indemnity of 3 %',
} as const;

const LABELS = { fr: 'Résiliation anticipée', nl: 'Vervroegde beëindiging', en: 'Early termination' } as const;

async function renderRule(language: keyof typeof LABELS, ruleLanguage: keyof typeof TEXTS) {
  const data = {
    ...detail,
    contractByNumber: { ...detail.contractByNumber, earlyTerminationRule: TEXTS[ruleLanguage], earlyTerminationRuleLanguage: ruleLanguage },
  };
  await renderContractsTab({
    language,
    route: `/contracts/${number}`,
    mocks: [{ request: { query: ContractDetailQuery, variables: { number } }, result: { data } }],
  });
  const term = await screen.findByText(LABELS[language], { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('#18 item 9: the early-termination rule in the user’s language', () => {
  it.each([
    ['fr', 'FR', "Capital restant dû majoré d'une indemnité de 3 %"],
    ['nl', 'NL', 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %'],
    ['en', 'EN', 'Outstanding capital plus an indemnity of 3 %'],
  ] as const)('in %s: shows the %s text as it is, with no lang of its own', async (language, ruleLanguage, words) => {
    const value = await renderRule(language, ruleLanguage);
    expect(value.textContent).toBe(words);
    expect(screen.getByText(words).getAttribute('lang')).toBeNull();
    expect(document.querySelector('dd [lang]')).toBeNull();
  });

  it.each([
    ['nl', 'FR', "Capital restant dû majoré d'une indemnité de 3 %", 'fr'],
    ['en', 'FR', "Capital restant dû majoré d'une indemnité de 3 %", 'fr'],
    ['fr', 'NL', 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %', 'nl'],
    ['fr', 'EN', 'Outstanding capital plus an indemnity of 3 %', 'en'],
  ] as const)('in %s, a text only given in %s is shown as it is and marked lang="%s"', async (language, ruleLanguage, words, lang) => {
    const value = await renderRule(language, ruleLanguage);
    expect(value.textContent).toBe(words);
    expect(screen.getByText(words).getAttribute('lang')).toBe(lang);
  });
});
