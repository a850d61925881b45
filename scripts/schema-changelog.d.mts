// Types of scripts/schema-changelog.mjs, for its tests in the gateway (gateway/src/cli/schema-changelog.test.ts).
export type SchemaChangeKind = 'breaking' | 'dangerous' | 'added' | 'deprecated';
export interface SchemaChange {
  coordinate: string;
  kind: SchemaChangeKind;
  message: string;
}
export const SCHEMA_FILE: string;
export const CHANGELOG_FILE: string;
export function schemaChanges(previousSdl: string, currentSdl: string): SchemaChange[];
export function newEntryLines(changelog: string, previousChangelog: string | null): { date: string; line: string }[];
export function checkSchemaChangelog(input: {
  previousSdl: string | null;
  currentSdl: string;
  changelog: string | null;
  previousChangelog?: string | null;
}): { changes: SchemaChange[]; problems: string[] };
