// Jest applies `moduleNameMapper` to test files but not to globalSetup/globalTeardown, which
// are required by Node directly: resolve the workspace aliases to sources for them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { register } from 'tsconfig-paths';

const root = path.resolve(__dirname, '../../../..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: root, paths: tsconfig.compilerOptions.paths });
