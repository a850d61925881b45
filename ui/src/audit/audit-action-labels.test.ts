import { portalLanguages } from '../formats/belgian-formats';
import { auditActionCodes, auditActionLabel, auditActionLabels } from './audit-action-labels';

describe('audit action labels (PRO-7, BO-5)', () => {
  it.each(portalLanguages)('in %s names every action, each differently', (language) => {
    const labels = auditActionCodes.map((code) => auditActionLabels[language][code]);
    expect(Object.keys(auditActionLabels[language]).sort()).toEqual([...auditActionCodes].sort());
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(auditActionCodes.length);
  });

  it.each([
    ['login.created', 'fr', 'Accès créé'],
    ['login.created', 'nl', 'Toegang aangemaakt'],
    ['login.created', 'en', 'Access created'],
    ['company.bank_details.changed', 'fr', 'Coordonnées bancaires modifiées'],
    ['request.first-approval', 'nl', 'Eerste goedkeuring gegeven'],
    ['token.revoked', 'en', 'Integration access revoked'],
  ] as const)('%s in %s reads "%s"', (code, language, label) => {
    expect(auditActionLabel(code, language)).toBe(label);
  });

  it.each(['login.renamed', 'company.bank-details.changed', 'toString', 'constructor', ''])('knows no words for %j', (code) => {
    expect(auditActionLabel(code, 'fr')).toBeNull();
  });
});
