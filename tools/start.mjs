// `npm start`: builds the API and the web app, then runs the API, which serves the web app on the
// same origin. With no DATABASE_URL it runs on the embedded PostgreSQL and seeds demo data.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipBuild = ['1', 'true'].includes(process.env.KHSAE_SKIP_BUILD ?? '');

if (!skipBuild) {
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/nx/dist/bin/nx.js'),
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'web',
      '--output-style=stream',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [path.join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
