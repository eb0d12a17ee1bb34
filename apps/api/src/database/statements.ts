import type { EntityTarget, ObjectLiteral } from 'typeorm';

import type { Tx } from 'src/database/database';

/** A piece of SQL with its own positional parameters ($1, $2, …). */
export type SqlPart = { sql: string; params: unknown[] };

/** Shifts a part's $n placeholders by `offset`, so that parts can share one statement. */
function shifted(part: SqlPart, offset: number): string {
  return part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

/**
 * Several data-modifying parts (INSERT, UPDATE, DELETE) as one statement: one round trip, and atomic
 * even outside a transaction. `last` is the statement's own answer.
 */
export async function runParts<R extends ObjectLiteral = ObjectLiteral>(
  tx: Tx,
  parts: SqlPart[],
  last: SqlPart = { sql: 'SELECT 1', params: [] },
): Promise<R[]> {
  const params: unknown[] = [];
  const ctes = parts.map((part, i) => {
    const sql = shifted(part, params.length);
    params.push(...part.params);
    return `p${i} AS (${sql})`;
  });
  const final = shifted(last, params.length);
  params.push(...last.params);
  const sql = ctes.length ? `WITH ${ctes.join(', ')} ${final}` : final;
  return tx.query<R[]>(sql, params);
}

/** An entity built from a raw row (snake_case columns), converted as TypeORM converts what it reads. */
export function hydrate<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  raw: Record<string, unknown>,
): E {
  const metadata = tx.connection.getMetadata(entity);
  const driver = tx.connection.driver;
  const result = metadata.create() as E;
  for (const column of metadata.columns) {
    if (column.databaseName in raw) {
      (result as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(
        raw[column.databaseName],
        column,
      );
    }
  }
  return result;
}

/**
 * An entity's table and the columns of the properties given (undefined ones left out), by TypeORM's
 * metadata: services speak in properties, statements in columns.
 */
export function columnsOf<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  values: Partial<E>,
): { table: string; columns: [string, unknown][] } {
  const metadata = tx.connection.getMetadata(entity);
  const columns: [string, unknown][] = [];
  for (const [property, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
    columns.push([column.databaseName, value]);
  }
  return { table: metadata.tableName, columns };
}
