import { auditEntityLabel, describeAuditChange } from './audit-entry-words';

describe('#18 item 11: audit entries in words, request fields translated (PRO-7, BO-5, REQ-1)', () => {
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
      ['Street and number: — → Quai de la Batte 10', 'City: — → Liège'],
    ],
    [
      null,
      '[{"field":"addressKind","value":"BILLING"},{"field":"street","value":"Quai de la Batte 10"},{"field":"postalCode","value":"4000"},{"field":"city","value":"Liège"},{"field":"country","value":"BE"}]',
      'fr',
      [
        'Adresse\u00a0: — → Facturation',
        'Rue et numéro\u00a0: — → Quai de la Batte 10',
        'Code postal\u00a0: — → 4000',
        'Localité\u00a0: — → Liège',
        'Pays\u00a0: — → BE',
      ],
    ],
    [
      null,
      '[{"field":"iban","value":"BE** **** **** 0414"},{"field":"accountHolder","value":"Atelier Lambert"}]',
      'nl',
      ['IBAN: — → BE** **** **** 0414', 'Rekeninghouder: — → Atelier Lambert'],
    ],
    [
      '{"enterpriseNumber":"0403.170.701","legalForm":"SA"}',
      '{"enterpriseNumber":"0417.497.106","legalForm":"SRL"}',
      'en',
      ['Enterprise number: 0403.170.701 → 0417.497.106', 'Legal form: SA → SRL'],
    ],
    ['not json', null, 'en', ['value: not json']],
  ] as const)('%s → %s in %s', (before, after, language, lines) => {
    expect(describeAuditChange(before, after, language)).toEqual(lines);
  });
});
