// Jest applies `moduleNameMapper` to test files but not to globalSetup/globalTeardown, which
// are required by Node directly: resolve the workspace aliases to sources for them.
import * as path from 'node:path';
import { register } from 'tsconfig-paths';
import tsconfig from '../../../../tsconfig.base.json';

register({
  baseUrl: path.resolve(__dirname, '../../../..'),
  paths: tsconfig.compilerOptions.paths,
});
