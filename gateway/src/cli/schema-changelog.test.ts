import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchemaChangelog, schemaChanges } from '../../../scripts/schema-changelog.mjs';

/** Issue #20 §3 (API-2): schema/CHANGELOG.md must name every change of the published schema. */
const BEFORE = `
type Query { contract(number: String!): Contract, status: Status }
type Contract { number: String!, monthlyCents: Int!, endDate: String }
enum Status { ACTIVE ENDED }
input NoteInput { text: String! }
`;
const withField = BEFORE.replace('endDate: String }', 'endDate: String, noticeDeadline: String }');
const withoutField = BEFORE.replace(', endDate: String }', ' }');
const deprecated = BEFORE.replace('endDate: String }', 'endDate: String @deprecated(reason: "Use endsOn. Deprecated on 2026-12-08.") }');
const typeChanged = BEFORE.replace('endDate: String }', 'endDate: Int }');
const enumValueAdded = BEFORE.replace('ACTIVE ENDED', 'ACTIVE ENDED SUSPENDED');
const descriptionOnly = BEFORE.replace('type Contract {', '"A lease contract."\ntype Contract {');

const POLICY = '# Schema changelog\n\n## Deprecation policy\n\n- kept at least 6 months.\n';
const OLD_CHANGELOG = `${POLICY}\n## 2026-11-26\n\n- First published schema.\n`;
const entry = (line: string, date = '2026-12-08') => `${POLICY}\n## ${date}\n\n${line}\n\n## 2026-11-26\n\n- First published schema.\n`;

describe('schema/CHANGELOG.md against the schema diff (issue #20 §3, API-2)', () => {
  it.each([
    ['no change → ok', BEFORE, OLD_CHANGELOG, []],
    ['a description-only edit needs no entry', descriptionOnly, OLD_CHANGELOG, []],
    [
      'a new field without an entry → fails naming it',
      withField,
      OLD_CHANGELOG,
      ['no new entry names `Contract.noticeDeadline` (added: Contract.noticeDeadline was added.)'],
    ],
    ['a new field with a dated entry naming it → ok', withField, entry('- Added `Contract.noticeDeadline`.'), []],
    [
      'the entry must be new: a line already in the previous changelog does not count',
      withField,
      entry('- Added `Contract.noticeDeadline`.'),
      ['no new entry names `Contract.noticeDeadline` (added: Contract.noticeDeadline was added.)'],
      entry('- Added `Contract.noticeDeadline`.'),
    ],
    [
      'an entry outside a dated section does not count',
      withField,
      `${POLICY}- Added \`Contract.noticeDeadline\`.\n\n## 2026-11-26\n\n- First published schema.\n`,
      ['no new entry names `Contract.noticeDeadline` (added: Contract.noticeDeadline was added.)'],
    ],
    [
      'a removed field with an entry not marked breaking → fails',
      withoutField,
      entry('- Removed `Contract.endDate`.'),
      ['the entry naming `Contract.endDate` must be marked breaking (breaking: Contract.endDate was removed.)'],
    ],
    [
      'a removed field with an entry marked breaking → ok',
      withoutField,
      entry('- **Breaking:** removed `Contract.endDate` (deprecated on 2026-05-01).'),
      [],
    ],
    [
      'a removed field without any entry → fails, breaking',
      withoutField,
      OLD_CHANGELOG,
      ['no new entry names `Contract.endDate` (breaking: Contract.endDate was removed.)'],
    ],
    [
      'a changed field type is breaking',
      typeChanged,
      entry('- `Contract.endDate` is now a number of days.'),
      ['the entry naming `Contract.endDate` must be marked breaking (breaking: Contract.endDate changed type from String to Int.)'],
    ],
    [
      'a new deprecation needs an entry',
      deprecated,
      OLD_CHANGELOG,
      ['no new entry names `Contract.endDate` (deprecated: Contract.endDate was deprecated: Use endsOn. Deprecated on 2026-12-08.)'],
    ],
    ['a new enum value (dangerous) with its entry → ok', enumValueAdded, entry('- Added `Status.SUSPENDED`.'), []],
  ] as [string, string, string, string[], string?][])('%s', (_name, current, changelog, problems, previousChangelog = OLD_CHANGELOG) => {
    expect(checkSchemaChangelog({ previousSdl: BEFORE, currentSdl: current, changelog, previousChangelog }).problems).toEqual(problems);
  });

  it('names each change by its schema coordinate, with graphql’s own classification', () => {
    const current = `
type Query { contract(number: String!, at: String): Contract, status: Status, invoices: [String!] }
type Contract { number: String!, monthlyCents: Int!, endDate: String }
enum Status { ACTIVE }
input NoteInput { text: String!, author: String! }
type Invoice { number: String! }
`;
    expect(schemaChanges(BEFORE, current).map(({ coordinate, kind }) => `${kind} ${coordinate}`)).toEqual([
      'added Invoice',
      'breaking NoteInput.author',
      'dangerous Query.contract(at:)',
      'added Query.invoices',
      'breaking Status.ENDED',
    ]);
  });

  it('fails without the deprecation policy or with an undated heading', () => {
    expect(checkSchemaChangelog({ previousSdl: null, currentSdl: BEFORE, changelog: '# Schema changelog\n\n## Soon\n' }).problems).toEqual([
      'schema/CHANGELOG.md has no "## Deprecation policy" section',
      'schema/CHANGELOG.md: "## Soon" — entries are headed "## YYYY-MM-DD"',
    ]);
    expect(checkSchemaChangelog({ previousSdl: BEFORE, currentSdl: BEFORE, changelog: null }).problems).toEqual([
      'schema/CHANGELOG.md is missing',
    ]);
  });

  it('the committed schema/CHANGELOG.md is well-formed: its policy, dated headings only', () => {
    const root = join(__dirname, '..', '..', '..');
    const current = readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8');
    const changelog = readFileSync(join(root, 'schema', 'CHANGELOG.md'), 'utf8');
    const noChange = checkSchemaChangelog({ previousSdl: current, currentSdl: current, changelog, previousChangelog: changelog });
    expect(noChange).toEqual({ changes: [], problems: [] });
  });
});
