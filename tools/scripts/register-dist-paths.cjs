// Resolves the workspace's path aliases (@wide-open/...) to the compiled files under dist/api,
// so the API built by `tsc` runs with plain `node`.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

const distRoot = path.resolve(__dirname, '../../dist/api');
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [
    alias,
    targets.map((t) => t.replace(/\.ts$/, '')),
  ]),
);
tsconfigPaths.register({ baseUrl: distRoot, paths, addMatchAll: false });
