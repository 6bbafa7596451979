import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CursorPartKind } from '../domain/cursor-key';

/**
 * The kind of each keyset column, read from the entity metadata of `alias.column`
 * expressions, so every list validates its cursor without naming the kinds itself.
 * An expression TypeORM cannot resolve (e.g. a CASE) needs `order.kinds`: this throws
 * on the first page already, so a test of the list finds it.
 */
export function keysetCursorKinds<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  columns: readonly string[],
): CursorPartKind[] {
  return columns.map((expression) => {
    const [, aliasName, columnName] = /^"?(\w+)"?\."?(\w+)"?$/.exec(expression) ?? [];
    const alias = query.expressionMap.aliases.find((a) => a.name === aliasName && a.hasMetadata);
    const column = alias?.metadata.columns.find(
      (c) => c.databaseName === columnName || c.propertyName === columnName,
    );
    const kind = column ? kindOf(column) : undefined;
    if (!kind) {
      throw new Error(`keysetPage cannot tell the type of "${expression}": pass order.kinds.`);
    }
    return kind;
  });
}

function kindOf(column: ColumnMetadata): CursorPartKind | undefined {
  if (column.enum) return column.enum.map(String);
  const type = typeof column.type === 'function' ? column.type.name.toLowerCase() : column.type;
  switch (type) {
    case 'uuid':
      return 'uuid';
    case 'timestamptz':
    case 'timestamp':
    case 'timestamp with time zone':
    case 'timestamp without time zone':
    case 'datetime':
    case 'date':
      return type === 'date' ? 'date' : 'timestamp';
    case 'time':
    case 'time without time zone':
      return 'time';
    case 'int2':
    case 'smallint':
      return 'smallint';
    case 'int':
    case 'int4':
    case 'integer':
      return 'integer';
    case 'int8':
    case 'bigint':
      return 'bigint';
    case 'numeric':
    case 'decimal':
    case 'real':
    case 'float':
    case 'double precision':
    case 'number':
      return 'number';
    case 'varchar':
    case 'character varying':
    case 'char':
    case 'character':
    case 'text':
    case 'string':
    case 'citext':
      return 'text';
    default:
      return undefined;
  }
}
