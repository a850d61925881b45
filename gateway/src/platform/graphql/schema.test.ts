import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewaySchema, printGatewaySchema } from '../../app/schema';

describe('published schema (API-2)', () => {
  it('is the committed schema/schema.graphql (run `pnpm schema:emit` after an API change)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printGatewaySchema(await gatewaySchema())).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await gatewaySchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
