// Issue #14 §1: a module never queries another module's entity — it asks that module's public face
// (e.g. identity's loginNamesOf, customers' customerNamesOf). dependency-cruiser sees imports, not
// queries, so this adds, for each module's files, an ESLint rule that refuses an EntityManager call
// (find, count, create, nativeUpdate…) whose entity is another module's. The entities are read from
// the `*.entity.ts` files, so a new entity is covered without editing this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const modulesDir = join(import.meta.dirname, 'src', 'modules');
const EM_CALLS =
  'find|findOne|findOneOrFail|findAll|findAndCount|findByCursor|count|create|merge|insert|insertMany|upsert|upsertMany|nativeInsert|nativeUpdate|nativeDelete|getReference|getRepository|createQueryBuilder|qb';

function entitiesByModule() {
  const owners = new Map();
  const walk = (dir, module) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, module);
      else if (entry.name.endsWith('.entity.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/@Entity\([^)]*\)\s*(?:@[^\n]*\n\s*)*export class (\w+)/g)) owners.set(match[1], module);
      }
    }
  };
  for (const entry of readdirSync(modulesDir, { withFileTypes: true }))
    if (entry.isDirectory()) walk(join(modulesDir, entry.name), entry.name);
  return owners;
}

export function entityWalls() {
  const owners = entitiesByModule();
  const modules = [...new Set(owners.values())];
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .flatMap((module) => {
      const foreign = [...owners].filter(([, owner]) => owner !== module).map(([name]) => name);
      if (!foreign.length || !modules.length) return [];
      return [
        {
          files: [`gateway/src/modules/${module}/**/*.ts`],
          ignores: ['**/*.test.ts', '**/*-test-support.ts'],
          rules: {
            'no-restricted-syntax': [
              'error',
              {
                selector: `CallExpression[callee.property.name=/^(${EM_CALLS})$/][arguments.0.name=/^(${foreign.join('|')})$/]`,
                message: `The ${module} module queries another module's entity: ask that module's public face (its index.ts) instead (issue #14 §1).`,
              },
            ],
          },
        },
      ];
    });
}
