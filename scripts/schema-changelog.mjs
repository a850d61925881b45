// Issue #20 §3 (API-2): the published schema's changelog, checked against the schema diff.
//
// The rule. Compare schema/schema.graphql (working tree) with the previous published one:
//   - graphql's findBreakingChanges → kind "breaking", findDangerousChanges → "dangerous",
//   - new types, new fields of existing object/interface types and new directives → "added",
//   - fields, arguments, input fields and enum values newly marked @deprecated → "deprecated".
// Each change has a schema coordinate: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`,
// `Input.field`, `@directive`. The check passes when every coordinate appears in backticks on a line
// of schema/CHANGELOG.md that (a) is under a dated heading `## YYYY-MM-DD` and (b) is new since the
// previous published CHANGELOG.md; for a breaking change that line must also say "breaking".
// Description-only edits are not changes. No previous schema (first publication) → nothing to check.
//
// `node scripts/schema-changelog.mjs [--base=REF] [--previous=FILE] [--previous-changelog=FILE]`
// Default base: HEAD when schema/ has uncommitted changes, else HEAD~1 (what CI compares with).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isInputObjectType,
  isEnumType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

const root = join(fileURLToPath(import.meta.url), '..', '..');
export const SCHEMA_FILE = 'schema/schema.graphql';
export const CHANGELOG_FILE = 'schema/CHANGELOG.md';

const word = '([_A-Za-z][_0-9A-Za-z]*)';
/** graphql 16's change descriptions → schema coordinates, by change type. */
const COORDINATES = {
  TYPE_REMOVED: [new RegExp(`^(?:Standard scalar )?${word} was removed`), (m) => m[1]],
  TYPE_CHANGED_KIND: [new RegExp(`^${word} changed from`), (m) => m[1]],
  TYPE_REMOVED_FROM_UNION: [new RegExp(`was removed from union type ${word}`), (m) => m[1]],
  TYPE_ADDED_TO_UNION: [new RegExp(`was added to union type ${word}`), (m) => m[1]],
  VALUE_REMOVED_FROM_ENUM: [new RegExp(`^${word} was removed from enum type ${word}`), (m) => `${m[2]}.${m[1]}`],
  VALUE_ADDED_TO_ENUM: [new RegExp(`^${word} was added to enum type ${word}`), (m) => `${m[2]}.${m[1]}`],
  REQUIRED_INPUT_FIELD_ADDED: [new RegExp(`field ${word} on input type ${word} was added`), (m) => `${m[2]}.${m[1]}`],
  OPTIONAL_INPUT_FIELD_ADDED: [new RegExp(`field ${word} on input type ${word} was added`), (m) => `${m[2]}.${m[1]}`],
  IMPLEMENTED_INTERFACE_REMOVED: [new RegExp(`^${word} no longer implements`), (m) => m[1]],
  INTERFACE_ADDED_TO_OBJECT: [new RegExp(`added to interfaces implemented by ${word}`), (m) => m[1]],
  FIELD_REMOVED: [new RegExp(`^${word}\\.${word} was removed`), (m) => `${m[1]}.${m[2]}`],
  FIELD_CHANGED_KIND: [new RegExp(`^${word}\\.${word} changed type`), (m) => `${m[1]}.${m[2]}`],
  REQUIRED_ARG_ADDED: [new RegExp(`arg ${word} on ${word}\\.${word} was added`), (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
  OPTIONAL_ARG_ADDED: [new RegExp(`arg ${word} on ${word}\\.${word} was added`), (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
  ARG_REMOVED: [new RegExp(`^${word}\\.${word} arg ${word}`), (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
  ARG_CHANGED_KIND: [new RegExp(`^${word}\\.${word} arg ${word}`), (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
  ARG_DEFAULT_VALUE_CHANGE: [new RegExp(`^${word}\\.${word} arg ${word}`), (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
  DIRECTIVE_REMOVED: [new RegExp(`^${word} was removed`), (m) => `@${m[1]}`],
  DIRECTIVE_ARG_REMOVED: [new RegExp(`was removed from ${word}\\.?$`), (m) => `@${m[1]}`],
  REQUIRED_DIRECTIVE_ARG_ADDED: [new RegExp(`on directive ${word} was added`), (m) => `@${m[1]}`],
  DIRECTIVE_REPEATABLE_REMOVED: [new RegExp(`from ${word}\\.?$`), (m) => `@${m[1]}`],
  DIRECTIVE_LOCATION_REMOVED: [new RegExp(`from ${word}\\.?$`), (m) => `@${m[1]}`],
};

function coordinateOf(change) {
  const known = COORDINATES[change.type];
  const match = known?.[0].exec(change.description);
  // An unknown description (a newer graphql) is its own coordinate: the entry must quote it.
  return match ? known[1](match) : change.description;
}

const fieldsOf = (type) => (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields() : {});

/** Additions and new deprecations, which findBreakingChanges/findDangerousChanges do not report. */
function additionsAndDeprecations(previous, current) {
  const changes = [];
  const before = previous.getTypeMap();
  for (const [name, type] of Object.entries(current.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const old = before[name];
    if (!old) {
      changes.push({ coordinate: name, kind: 'added', message: `${name} was added.` });
      continue;
    }
    const oldFields = fieldsOf(old);
    for (const [fieldName, field] of Object.entries(fieldsOf(type))) {
      const coordinate = `${name}.${fieldName}`;
      const oldField = oldFields[fieldName];
      // New input fields are reported by graphql (dangerous or breaking); new output fields are not.
      if (!oldField) {
        if (!isInputObjectType(type)) changes.push({ coordinate, kind: 'added', message: `${coordinate} was added.` });
        continue;
      }
      if (field.deprecationReason != null && oldField.deprecationReason == null)
        changes.push({ coordinate, kind: 'deprecated', message: `${coordinate} was deprecated: ${field.deprecationReason}` });
      const oldArgs = new Map((oldField.args ?? []).map((arg) => [arg.name, arg]));
      for (const arg of field.args ?? []) {
        const oldArg = oldArgs.get(arg.name);
        if (oldArg && arg.deprecationReason != null && oldArg.deprecationReason == null)
          changes.push({
            coordinate: `${coordinate}(${arg.name}:)`,
            kind: 'deprecated',
            message: `${coordinate}(${arg.name}:) was deprecated.`,
          });
      }
    }
    if (isEnumType(type) && isEnumType(old)) {
      for (const value of type.getValues()) {
        const oldValue = old.getValue(value.name);
        if (oldValue && value.deprecationReason != null && oldValue.deprecationReason == null)
          changes.push({ coordinate: `${name}.${value.name}`, kind: 'deprecated', message: `${name}.${value.name} was deprecated.` });
      }
    }
  }
  const oldDirectives = new Set(previous.getDirectives().map((directive) => directive.name));
  for (const directive of current.getDirectives()) {
    if (!oldDirectives.has(directive.name))
      changes.push({ coordinate: `@${directive.name}`, kind: 'added', message: `@${directive.name} was added.` });
  }
  return changes;
}

/** Every change between two schemas (SDL texts), one row per coordinate and kind, sorted. */
export function schemaChanges(previousSdl, currentSdl) {
  const previous = buildSchema(previousSdl);
  const current = buildSchema(currentSdl);
  const changes = [
    ...findBreakingChanges(previous, current).map((change) => ({
      coordinate: coordinateOf(change),
      kind: 'breaking',
      message: change.description,
    })),
    ...findDangerousChanges(previous, current).map((change) => ({
      coordinate: coordinateOf(change),
      kind: 'dangerous',
      message: change.description,
    })),
    ...additionsAndDeprecations(previous, current),
  ];
  return changes.sort((a, b) => a.coordinate.localeCompare(b.coordinate) || a.kind.localeCompare(b.kind));
}

const DATED_HEADING = /^## (\d{4}-\d{2}-\d{2})\s*$/;

/** The changelog's entry lines (under a dated heading) that are not in the previous changelog. */
export function newEntryLines(changelog, previousChangelog) {
  const seen = new Map();
  for (const line of (previousChangelog ?? '').split('\n')) seen.set(line, (seen.get(line) ?? 0) + 1);
  const lines = [];
  let date = null;
  for (const line of changelog.split('\n')) {
    if (line.startsWith('## ')) date = DATED_HEADING.exec(line)?.[1] ?? null;
    const left = seen.get(line) ?? 0;
    if (left > 0) {
      seen.set(line, left - 1);
      continue;
    }
    if (date && !line.startsWith('## ')) lines.push({ date, line });
  }
  return lines;
}

/**
 * The check, pure: `previousSdl` null → nothing to compare with. Returns the changes and the
 * problems (an empty list passes).
 */
export function checkSchemaChangelog({ previousSdl, currentSdl, changelog, previousChangelog = null }) {
  const problems = [];
  if (changelog === null) return { changes: [], problems: [`${CHANGELOG_FILE} is missing`] };
  if (!/^## Deprecation policy\s*$/m.test(changelog)) problems.push(`${CHANGELOG_FILE} has no "## Deprecation policy" section`);
  for (const line of changelog.split('\n')) {
    if (line.startsWith('## ') && !DATED_HEADING.test(line) && !/^## Deprecation policy\s*$/.test(line))
      problems.push(`${CHANGELOG_FILE}: "${line}" — entries are headed "## YYYY-MM-DD"`);
  }
  if (previousSdl === null) return { changes: [], problems };
  const changes = schemaChanges(previousSdl, currentSdl);
  const entries = newEntryLines(changelog, previousChangelog);
  const byCoordinate = new Map();
  for (const change of changes) {
    const row = byCoordinate.get(change.coordinate) ?? { coordinate: change.coordinate, breaking: false, messages: [] };
    row.breaking ||= change.kind === 'breaking';
    row.messages.push(`${change.kind}: ${change.message}`);
    byCoordinate.set(change.coordinate, row);
  }
  for (const row of byCoordinate.values()) {
    const naming = entries.filter((entry) => entry.line.includes(`\`${row.coordinate}\``));
    if (naming.length === 0) problems.push(`no new entry names \`${row.coordinate}\` (${row.messages.join('; ')})`);
    else if (row.breaking && !naming.some((entry) => /\bbreaking\b/i.test(entry.line)))
      problems.push(`the entry naming \`${row.coordinate}\` must be marked breaking (${row.messages.join('; ')})`);
  }
  return { changes, problems };
}

function gitShow(ref, file) {
  try {
    return execFileSync('git', ['show', `${ref}:${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

function defaultBase() {
  try {
    execFileSync('git', ['diff', '--quiet', 'HEAD', '--', 'schema/'], { cwd: root, stdio: 'ignore' });
    return 'HEAD~1';
  } catch {
    return 'HEAD';
  }
}

function main() {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const base = option('base') ?? defaultBase();
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  const previousSdl = option('previous') ? read(option('previous')) : gitShow(base, SCHEMA_FILE);
  const previousChangelog = option('previous-changelog') ? read(option('previous-changelog')) : gitShow(base, CHANGELOG_FILE);
  const { changes, problems } = checkSchemaChangelog({
    previousSdl,
    currentSdl: readFileSync(join(root, SCHEMA_FILE), 'utf8'),
    changelog: read(join(root, CHANGELOG_FILE)),
    previousChangelog,
  });
  const against = option('previous') ?? `${base}:${SCHEMA_FILE}`;
  if (previousSdl === null) console.log(`No previous schema (${against}): nothing to compare with.`);
  else console.log(`${changes.length} schema change(s) against ${against}.`);
  for (const change of changes) console.log(`  ${change.kind.padEnd(10)} ${change.coordinate}  ${change.message}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    console.error(`${CHANGELOG_FILE}: add a dated entry naming each changed coordinate in backticks (breaking ones marked "Breaking").`);
    process.exitCode = 1;
    return;
  }
  console.log(`${CHANGELOG_FILE} names every change.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
