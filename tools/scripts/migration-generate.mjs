// Runs the TypeScript generator through @swc-node/register (decorators and path aliases).
import { spawnSync } from 'node:child_process';
const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'tools/scripts/migration-generate.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' } },
);
process.exit(result.status ?? 1);
