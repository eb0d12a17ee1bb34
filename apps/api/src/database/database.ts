import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A transaction, or the pool outside one, as services hand it to repositories; only repositories look inside. */
export type Tx = EntityManager;

/** The database as services see it: transactions to pass to repositories, and nothing else. */
@Injectable()
export class Database {
  constructor(private readonly dataSource: DataSource) {}

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
    return this.dataSource.manager;
  }
}
