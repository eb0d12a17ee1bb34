import type { EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

import type { Tx } from 'src/database/database';

/** A piece of SQL with its own positional parameters ($1, $2, …). */
export type SqlPart = { sql: string; params: unknown[] };

/** Shifts a part's $n placeholders by `offset`, so that parts can share one statement. */
export function shifted(part: SqlPart, offset: number): string {
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

// Column types whose values the pg driver already returns as the entity holds them.
const AS_RETURNED = new Set<unknown>([
  'uuid',
  'text',
  'integer',
  'int',
  'bigint',
  'double precision',
  'char',
  'boolean',
  'json',
  'jsonb',
  'timestamptz',
  'timestamp with time zone',
]);

type HydrationPlan = { property: string; column: ColumnMetadata; asReturned: boolean }[];
const plans = new WeakMap<EntityMetadata, HydrationPlan>();

function planOf(metadata: EntityMetadata): HydrationPlan {
  let plan = plans.get(metadata);
  if (!plan) {
    plan = metadata.columns.map((column) => ({
      property: column.propertyName,
      column,
      asReturned: AS_RETURNED.has(column.type) && !column.isArray && !column.transformer,
    }));
    plans.set(metadata, plan);
  }
  return plan;
}

/**
 * An entity built from a raw row (snake_case columns), converted as TypeORM converts what it reads;
 * columns the driver returns as they are (text, numbers, uuids, timestamps) are copied unconverted.
 */
export function hydrate<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  raw: Record<string, unknown>,
): E {
  const metadata = tx.connection.getMetadata(entity);
  const driver = tx.connection.driver;
  const result = metadata.create() as Record<string, unknown>;
  for (const { property, column, asReturned } of planOf(metadata)) {
    if (!(column.databaseName in raw)) continue;
    const value = raw[column.databaseName];
    result[property] = asReturned ? value : driver.prepareHydratedValue(value, column);
  }
  return result as E;
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
