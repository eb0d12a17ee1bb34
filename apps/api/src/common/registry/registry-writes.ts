import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Table names a registry write may touch: never interpolate anything else into SQL. */
export type RegistryTable = 'places' | 'brokers' | 'victims' | 'compounds' | 'routes' | 'links';

/**
 * Optimistic locking: sets the columns only if the row still has the version the caller read.
 * Column names come from code, never from the request; values are parameters.
 */
export async function updateWithVersion(
  em: EntityManager,
  table: RegistryTable,
  id: string,
  version: number,
  sets: Record<string, unknown>,
): Promise<boolean> {
  const params: unknown[] = [id, version];
  const assignments = Object.entries(sets)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => `${column} = $${params.push(value)}`);
  const [, affected] = await em.query<[unknown, number]>(
    `UPDATE ${table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
      WHERE id = $1 AND version = $2 AND archived_at IS NULL`,
    params,
  );
  return affected === 1;
}

/** Archives (soft-deletes) a record; answers false if it was already archived or missing. */
export async function setArchived(
  em: EntityManager,
  table: RegistryTable,
  id: string,
  archived: boolean,
  actorId: string,
): Promise<boolean> {
  const [, affected] = await em.query<[unknown, number]>(
    archived
      ? `UPDATE ${table} SET archived_at = now(), archived_by = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND archived_at IS NULL`
      : `UPDATE ${table} SET archived_at = NULL, archived_by = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND archived_at IS NOT NULL AND $2::uuid IS NOT NULL`,
    [id, actorId],
  );
  return affected === 1;
}

export function staleVersion(what: string, current: unknown): ConflictException {
  return new ConflictException({
    message: `This ${what} was changed by someone else since you opened it. Review the current values and try again.`,
    current,
  });
}

export function notFound(what: string): NotFoundException {
  return new NotFoundException(`No ${what} with this id.`);
}

export function badField(field: string, problem: string): BadRequestException {
  return new BadRequestException({
    message: `${field}: ${problem}`,
    fields: [{ field, problems: [problem] }],
  });
}

/** ORDER BY from an allow-list: the request picks a key, the code supplies the column. */
export function sortSpec<K extends string>(
  columns: Record<K, string>,
  sort: K | undefined,
  fallback: K,
  order: 'asc' | 'desc' | undefined,
): { column: string; direction: 'ASC' | 'DESC' } {
  return { column: columns[sort ?? fallback], direction: order === 'desc' ? 'DESC' : 'ASC' };
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
