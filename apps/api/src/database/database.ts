import { Injectable } from '@nestjs/common';
import type { Pool, QueryResult } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** A transaction, or the pool outside one, as services hand it to repositories; only repositories look inside. */
export type Tx = EntityManager;

/**
 * The pool outside transactions, its statements sent straight to the driver's pool: reads and
 * one-statement writes are the hot path, and TypeORM's per-statement runner cost more than the
 * statement. Answers and errors are the ones TypeORM gives (rows; [rows, count] for a bare UPDATE or
 * DELETE; QueryFailedError).
 */
class PoolManager extends EntityManager {
  override async query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    const pool = (this.connection.driver as unknown as { master: Pool }).master;
    let result: QueryResult;
    try {
      result = await pool.query(sql, parameters);
    } catch (err) {
      throw new QueryFailedError(sql, parameters, err as Error);
    }
    const updated = result.command === 'UPDATE' || result.command === 'DELETE';
    return (updated ? [result.rows, result.rowCount] : result.rows) as T;
  }
}

/** The database as services see it: transactions to pass to repositories, and nothing else. */
@Injectable()
export class Database {
  private readonly manager: EntityManager;

  constructor(private readonly dataSource: DataSource) {
    this.manager = new PoolManager(dataSource);
  }

  /** Runs `work` in one transaction: it commits if the work resolves and rolls back if it throws. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Whether the database answers within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const up = await Promise.race([query, timeout]);
    clearTimeout(timer);
    return up;
  }

  /** No transaction: for reads, and for single statements (each is a transaction of its own). */
  get pool(): Tx {
    return this.manager;
  }
}
