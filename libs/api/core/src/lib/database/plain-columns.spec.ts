import type { EntityMetadata } from 'typeorm';
import { plainColumnsSql } from './plain-columns';

const column = (propertyName: string, databaseName: string, type: unknown, extra = {}) => ({
  propertyName,
  databaseName,
  type,
  isSelect: true,
  isVirtual: false,
  isArray: false,
  transformer: undefined,
  ...extra,
});
const metadata = (columns: unknown[]) => ({ name: 'Thing', columns }) as unknown as EntityMetadata;

describe('plainColumnsSql', () => {
  it('lists the selectable columns under their property names', () => {
    expect(
      plainColumnsSql(
        metadata([
          column('id', 'id', 'uuid'),
          column('displayName', 'display_name', 'varchar'),
          column('languages', 'languages', 'text', { isArray: true }),
          column('search', 'search', 'tsvector', { isSelect: false }),
        ]),
        'm',
      ),
    ).toBe('m."id" AS "id", m."display_name" AS "displayName", m."languages" AS "languages"');
  });

  it('refuses a column that pg would not return as TypeORM hydrates it', () => {
    expect(() => plainColumnsSql(metadata([column('day', 'day', 'date')]), 'm')).toThrow(
      /Thing\.day \(date\) needs TypeORM's hydration/,
    );
    expect(() => plainColumnsSql(metadata([column('count', 'count', 'bigint')]), 'm')).toThrow();
    expect(() =>
      plainColumnsSql(metadata([column('roles', 'roles', 'enum', { isArray: true })]), 'm'),
    ).toThrow();
    expect(() =>
      plainColumnsSql(
        metadata([column('at', 'at', 'timestamptz', { transformer: { from: String } })]),
        'm',
      ),
    ).toThrow();
  });
});
