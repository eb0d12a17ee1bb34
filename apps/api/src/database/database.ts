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

/** The connection pool's state: connections open, the most it opens, idle ones, and callers waiting. */
export type PoolStats = { size: number; max: number; idle: number; waiting: number };

export type DatabaseProbe = { status: 'up' | 'busy' | 'down'; pool: PoolStats };

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

  /**
   * Whether the database answers within `timeoutMs`: `busy` when every pooled connection is in use and
   * the probe is still waiting for one (PostgreSQL may be fine), `down` when connecting or the query fails.
   */
  async probe(timeoutMs: number): Promise<DatabaseProbe> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const stats = (): PoolStats => ({
      size: pool.totalCount,
      max: pool.options.max ?? 10,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const connecting = pool.connect();
    const first = await Promise.race([
      connecting.then(
        (client) => ({ client }),
        (error: Error) => ({ error }),
      ),
      timedOut,
    ]);
    if (first === 'timeout') {
      // A connection that arrives later goes straight back to the pool.
      connecting.then(
        (client) => client.release(),
        () => undefined,
      );
      const seen = stats();
      return { status: seen.size >= seen.max ? 'busy' : 'down', pool: seen };
    }
    if ('error' in first) {
      clearTimeout(timer);
      return { status: 'down', pool: stats() };
    }
    const { client } = first;
    try {
      const answered = await Promise.race([
        client.query('SELECT 1').then(() => 'up' as const),
        timedOut,
      ]);
      client.release(answered !== 'up');
      return { status: answered === 'up' ? 'up' : 'down', pool: stats() };
    } catch (err) {
      client.release(err as Error);
      return { status: 'down', pool: stats() };
    } finally {
      clearTimeout(timer);
    }
  }

  /** No transaction: for reads, and for single statements (each is a transaction of its own). */
  get pool(): Tx {
    return this.manager;
  }
}
