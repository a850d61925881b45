import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * API-2: fails when the new schema breaks clients of the old one (removed fields, changed types…).
 * Usage: check-schema-compat <previous.graphql> <current.graphql>. Deprecate first, remove later.
 */
async function main(): Promise<void> {
  const [previousFile, currentFile] = process.argv.slice(2);
  if (!previousFile || !currentFile) {
    console.error('Usage: check-schema-compat <previous.graphql> <current.graphql>');
    process.exitCode = 2;
    return;
  }
  const previous = buildSchema(readFileSync(previousFile, 'utf8'));
  const current = buildSchema(readFileSync(currentFile, 'utf8'));
  const changes = await diff(previous, current);
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  for (const change of changes) console.log(`${change.criticality.level.padEnd(13)} ${change.message}`);
  if (breaking.length > 0) {
    console.error(`${breaking.length} breaking change(s): deprecate the field first, remove it in a later release.`);
    process.exitCode = 1;
    return;
  }
  console.log(`No breaking change (${changes.length} change(s) in all).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
