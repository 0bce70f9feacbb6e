// Shared jest settings: SWC transpiles TypeScript with decorator metadata (Nest needs it) and
// the tsconfig path aliases resolve to sources, so tests never depend on a build.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/.]/g, (c) => `\\${c}`)}$`,
    path.join(root, target),
  ]),
);

const swcTransform = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        ...(tsx ? { react: { runtime: 'automatic' } } : {}),
      },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** Unit specs (`*.spec.ts`) of a project. */
function unitConfig(projectDir, overrides = {}) {
  return {
    displayName: path.relative(root, projectDir),
    rootDir: projectDir,
    moduleNameMapper,
    transform: { '^.+\\.ts$': swcTransform(false), '^.+\\.tsx$': swcTransform(true) },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    ...overrides,
  };
}

/** Integration specs (`*.int-spec.ts`): a real PostgreSQL, one fresh database per suite. */
function integrationConfig(projectDir, overrides = {}) {
  return unitConfig(projectDir, {
    testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
    globalSetup: path.join(root, 'apps/api/test/support/global-setup.ts'),
    globalTeardown: path.join(root, 'apps/api/test/support/global-teardown.ts'),
    testTimeout: 30000,
    ...overrides,
  });
}

/**
 * Web component specs: jsdom, stylesheets stubbed, and the polyfills Mantine needs (jsdom has no
 * matchMedia nor ResizeObserver).
 */
function webConfig(projectDir, overrides = {}) {
  return unitConfig(projectDir, {
    testEnvironment: 'jsdom',
    moduleNameMapper: {
      ...moduleNameMapper,
      '\\.css$': path.join(root, 'tools/jest/style-stub.cjs'),
    },
    setupFilesAfterEnv: [path.join(root, 'tools/jest/web-setup.ts')],
    // Rendering Mantine forms in jsdom is CPU-bound; Nx runs several projects at once.
    testTimeout: 20000,
    ...overrides,
  });
}

module.exports = { unitConfig, integrationConfig, webConfig, moduleNameMapper, swcTransform };
