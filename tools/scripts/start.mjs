// `npm start`: installs dependencies if needed, builds what changed (Nx caches the rest), then
// serves the API and the web app on one port (PORT, default 3000). Without DATABASE_URL, the
// platform starts its own PostgreSQL with its data under .data/ (kept across restarts).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const env = { NODE_ENV: 'production', ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`✘ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (!fs.existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  step('Installing dependencies (npm ci, about 2 minutes the first time)', 'npm', [
    'ci',
    '--no-audit',
    '--no-fund',
  ]);
}
step('Building the API and the web app (cached when nothing changed)', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '--projects=api,web',
  '--output-style=static',
]);

console.log('\n▶ Starting Wide Open');
const server = spawn(
  process.execPath,
  ['-r', './tools/scripts/register-dist-paths.cjs', 'dist/api/apps/api/src/main.js'],
  { cwd: root, stdio: 'inherit', env },
);
// Ctrl-C and `kill` reach the server, which shuts down in order (requests, sockets, database).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
