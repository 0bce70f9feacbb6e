// `npm run dev`: the API restarts on every change (compiled on the fly by SWC) and the web app
// reloads through Vite on http://localhost:4200, which proxies the API on http://localhost:3000.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  SWC_NODE_PROJECT: 'tsconfig.base.json',
};
const only = process.argv[2]; // "api" or "web" for one side only

spawnSync('npm', ['run', '--silent', 'codegen'], { cwd: root, stdio: 'inherit', env });

const commands = [];
if (!only || only === 'api') {
  commands.push({
    name: 'api',
    command: `node --watch-path=apps/api/src --watch-path=libs/api --watch-path=libs/shared --watch-path=migrations -r @swc-node/register apps/api/src/main.ts`,
  });
}
if (!only || only === 'web') {
  commands.push({ name: 'web', command: 'npx vite --config apps/web/vite.config.mts' });
}
const child = spawn(
  'npx',
  [
    'concurrently',
    '--kill-others-on-fail',
    '--names',
    commands.map((c) => c.name).join(','),
    ...commands.map((c) => c.command),
  ],
  { cwd: root, stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
