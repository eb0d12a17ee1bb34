import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PostgreSQL compiled to WebAssembly, served on a loopback socket so the ordinary `pg` driver works. */
export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

export const EMBEDDED_EXTENSIONS = { fuzzystrmatch, pg_trgm, unaccent };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** What the socket server's query queue holds (not part of its typed API). */
type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

// Parse, Bind, Describe, Execute, Close, Flush: a statement under way until the connection's Sync.
const STATEMENT_PARTS = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;

/**
 * PGlite is one session, and the socket server queues each protocol message on its own: two connections'
 * Parse, Bind and Execute could interleave and bind one's parameters to the other's statement (a 500 on
 * concurrent sign-ins). Keep a connection's messages together until its Sync, as the server already does
 * for a transaction.
 */
function keepStatementsWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let statementOf: number | null = null;
  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = statementOf ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        // The owner's next message has not arrived yet: others wait for it.
        if (index === -1) return;
        const [item] = this.queue.splice(index, 1);
        if (!item) return;
        const type = item.message[0] ?? 0;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          statementOf = null;
          item.reject(error);
          continue;
        }
        if (STATEMENT_PARTS.has(type)) statementOf = item.handlerId;
        else if (type === SYNC) statementOf = null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    if (statementOf === handlerId) {
      statementOf = null;
      void queue.processQueue();
    }
  };
}

/**
 * Starts PGlite. `dataDir` persists the database; `memory://` keeps it in memory;
 * `loadDataDir` starts from a tarball made by `dumpDataDir` (the tests' template).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  loadDataDir?: Blob;
}): Promise<EmbeddedPostgres & { db: PGlite }> {
  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(path.dirname(options.dataDir), { recursive: true });
  const db = await PGlite.create(options.dataDir, {
    extensions: EMBEDDED_EXTENSIONS,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const port = await freePort();
  // maxConnections above the pool size leaves headroom for reconnects (see docs/adr/0002).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 10 });
  keepStatementsWhole(server);
  await server.start();
  return {
    db,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
