import type { Tx } from 'src/database/database';

/** Column name → PostgreSQL array element type for unnest(). */
export type ColumnTypes = Record<string, string>;

const CHUNK = 5_000;

/**
 * Inserts many rows with one `INSERT … SELECT FROM unnest(…)` per chunk: about ten times faster than
 * ORM inserts. Table and column names come from code; all values are parameters.
 */
export async function bulkInsert(
  em: Tx,
  table: string,
  columns: ColumnTypes,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params = names.map((name) => chunk.map((row) => row[name] ?? null));
    const selects = names.map((name, j) => {
      const type = columns[name]!;
      // Arrays of arrays cannot be unnested directly: text[] columns travel as JSON text.
      return type.endsWith('[]')
        ? `CASE WHEN x.c${j} IS NULL THEN '{}'::${type} ELSE ARRAY(SELECT json_array_elements_text(x.c${j}::json))::${type} END`
        : `x.c${j}::${type}`;
    });
    const unnestTypes = names.map(
      (name, j) => `$${j + 1}::${columns[name]!.endsWith('[]') ? 'text' : columns[name]}[]`,
    );
    await em.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${selects.join(', ')} FROM unnest(${unnestTypes.join(', ')}) AS x(${names.map((_, j) => `c${j}`).join(', ')})`,
      names.map((name, j) =>
        columns[name]!.endsWith('[]')
          ? params[j]!.map((v) => (v === null || v === undefined ? null : JSON.stringify(v)))
          : params[j],
      ),
    );
  }
}
