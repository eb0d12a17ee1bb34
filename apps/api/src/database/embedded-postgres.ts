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
