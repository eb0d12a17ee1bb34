import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BASE_URL, E2E_PORT, STATE_KEY, stopServer, type E2eServerState } from './server';

const WORKSPACE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const START_TIMEOUT_MS = Number(process.env['E2E_START_TIMEOUT_MS'] ?? 180_000);
const POLL_INTERVAL_MS = 500;
async function tail(file: string, lines = 60): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}

async function healthAnswers200(): Promise<boolean> {
  try {
    const response = await fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Starts the real product as the README does (`node tools/start.mjs`) on a fresh embedded database. */
export default async function globalSetup(): Promise<void> {
  if (await healthAnswers200()) {
    throw new Error(
      `Something already answers on ${BASE_URL}; stop it before running the e2e tests.`,
    );
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'khsae-e2e-'));
  const logFile = path.join(dataDir, 'server.log');
  const logStream = createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    KHSAE_DATA_DIR: path.join(dataDir, 'data'),
    KHSAE_DEMO: 'true',
  };
  // A fresh embedded database per run; a shared server database would mix runs together.
  delete env['DATABASE_URL'];
  if (process.env['E2E_SKIP_BUILD']) env['KHSAE_SKIP_BUILD'] = '1';
  else delete env['KHSAE_SKIP_BUILD'];

  const child = spawn(process.execPath, [path.join(WORKSPACE_ROOT, 'tools/start.mjs')], {
    cwd: WORKSPACE_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  if (child.pid === undefined) throw new Error('Could not start tools/start.mjs');

  const state: E2eServerState = { pid: child.pid, dataDir, logFile };
  (globalThis as Record<string, unknown>)[STATE_KEY] = state;

  const server = { exited: null as string | null };
  child.on('exit', (code, signal) => {
    server.exited = `exited with ${signal ?? `code ${code}`}`;
  });

  const deadline = Date.now() + START_TIMEOUT_MS;
  let failure: string;
  for (;;) {
    if (server.exited) {
      failure = `tools/start.mjs ${server.exited} before the API answered`;
      break;
    }
    if (await healthAnswers200()) return;
    if (Date.now() >= deadline) {
      failure = `GET ${BASE_URL}/api/health did not answer 200 within ${START_TIMEOUT_MS / 1000} s`;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  // Jest skips globalTeardown when globalSetup fails, so clean up here.
  const lastLines = await tail(logFile);
  await stopServer(state);
  throw new Error(`${failure}:\n${lastLines}`);
}
