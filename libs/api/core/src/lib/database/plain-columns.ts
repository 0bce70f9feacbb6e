import type { EntityMetadata } from 'typeorm';

/**
 * Column types that node-postgres returns exactly as TypeORM hydrates them (strings, numbers
 * that fit, booleans, Dates for timestamptz, parsed JSON, text arrays). `date`, `bigint`,
 * `numeric` and enum arrays are not among them.
 */
const PLAIN_TYPES = new Set([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'char',
  'character',
  'enum',
  'timestamptz',
  'timestamp with time zone',
  'boolean',
  'integer',
  'int',
  'smallint',
  'real',
  'double precision',
  'jsonb',
]);

/**
 * The select list (`alias."column" AS "property"`, …) of an entity's selectable columns, for hot
 * reads that skip the query builder and entity hydration: rows then come back from `pg` already
 * shaped like the entity. Built once per entity (a loader's constructor), it refuses entities
 * with a column that would need TypeORM's conversion, so a later column cannot be read wrong.
 */
export function plainColumnsSql(metadata: EntityMetadata, alias: string): string {
  return metadata.columns
    .filter((column) => column.isSelect && !column.isVirtual)
    .map((column) => {
      const type = typeof column.type === 'string' ? column.type : '';
      if (!PLAIN_TYPES.has(type) || column.transformer || (column.isArray && type !== 'text'))
        throw new Error(
          `${metadata.name}.${column.propertyName} (${String(column.type)}) needs TypeORM's hydration`,
        );
      return `${alias}."${column.databaseName}" AS "${column.propertyName}"`;
    })
    .join(', ');
}
