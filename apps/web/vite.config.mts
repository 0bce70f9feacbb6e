// Vite build of the web app. Path aliases come from tsconfig.base.json so the app and its libs
// resolve exactly as TypeScript and jest resolve them.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { barrelDeepImports } from './vite/barrel-deep-imports';
import { graphqlDocumentImports } from './vite/graphql-document-imports';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const base = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(base.compilerOptions.paths)
  .filter(([name]) => name.startsWith('@wide-open/web/') || name.startsWith('@wide-open/shared/'))
  .map(([find, [target]]) => ({ find, replacement: resolve(root, target) }));

const api = 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  root: here,
  publicDir: resolve(here, 'public'),
  plugins: [
    react(),
    // Lazy pages' Mantine components stay out of the first load (see the plugin's comment).
    barrelDeepImports('@mantine/core', resolve(root, 'node_modules/@mantine/core/esm/index.mjs')),
    // Each GraphQL document goes with the page that uses it, not all of them in the first load.
    graphqlDocumentImports(resolve(root, 'libs/web/data-access/src/generated/graphql.ts')),
  ],
  resolve: {
    // react-router's export map only names its development build; production drops its
    // warnings and dev-only checks (about 10 kB gzip off the first load).
    alias:
      command === 'build'
        ? [
            ...alias,
            {
              find: /^react-router$/,
              replacement: resolve(root, 'node_modules/react-router/dist/production/index.mjs'),
            },
          ]
        : alias,
  },
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // Without it, importing one component from a barrel (`@mantine/core`) in the entry pulls
      // every component the lazy pages use into the first load.
      experimental: { lazyBarrel: true },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true },
      '/health': { target: api },
      '/uploads': { target: api },
      '/notifications/unsubscribe': { target: api },
      '/calendar': { target: api },
      '/journal/feed.atom': { target: api },
    },
  },
}));
