import { auditEntityLabel, describeAuditChange } from './audit-entry-words';

describe('#18 item 11: audit entries in words (PRO-7, BO-5)', () => {
  it.each([
    ['login', 'fr', 'Accès'],
    ['api_token', 'fr', 'Accès d’intégration'],
    ['customer', 'nl', 'Bedrijf'],
    ['change_request', 'en', 'Request'],
    ['something_new', 'en', 'something_new'],
    ['toString', 'fr', 'toString'],
  ] as const)('%s in %s is "%s"', (type, language, label) => expect(auditEntityLabel(type, language)).toBe(label));

  it.each([
    ['{"profile":"VIEWER"}', '{"profile":"ADMINISTRATOR"}', 'fr', ['Profil\u00a0: Lecteur → Administrateur']],
    ['{"profile":"VIEWER"}', '{"profile":"ADMINISTRATOR"}', 'nl', ['Profiel: Lezer → Beheerder']],
    ['{"status":"ACTIVE"}', '{"status":"DEACTIVATED"}', 'en', ['Status: Active → Deactivated']],
    [null, '{"secondFactor":true}', 'en', ['Second factor: — → yes']],
    ['{"status":"DEACTIVATED"}', null, 'fr', ['Statut\u00a0: Désactivé']],
    ['{"profile":"VIEWER","name":"Marc"}', '{"profile":"VIEWER","name":"Marc Peeters"}', 'en', ['Name: Marc → Marc Peeters']],
    [null, null, 'fr', []],
    [
      null,
      '[{"field":"street","value":"Quai de la Batte 10"},{"field":"city","value":"Liège"}]',
      'en',
      ['street: — → Quai de la Batte 10', 'city: — → Liège'],
    ],
    ['not json', null, 'en', ['value: not json']],
  ] as const)('%s → %s in %s', (before, after, language, lines) => {
    expect(describeAuditChange(before, after, language)).toEqual(lines);
  });
});
