// Runs the TypeScript schema printer through @swc-node/register (decorators and path aliases).
import { spawnSync } from 'node:child_process';
const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'tools/scripts/print-schema.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  },
);
process.exit(result.status ?? 1);
