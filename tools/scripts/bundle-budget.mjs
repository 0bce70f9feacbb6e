// Performance budget: the JavaScript a first visit downloads (the entry script of index.html and
// every chunk it modulepreloads) must stay under 250 kB gzip. Prints the figure; exit 1 over it.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.WEB_JS_BUDGET_KB ?? 250);
const webDist = resolve(process.argv[2] ?? 'dist/web');
const indexFile = join(webDist, 'index.html');
if (!existsSync(indexFile)) {
  console.error(`bundle-budget: ${indexFile} not found; build the web app first.`);
  process.exit(1);
}
const html = readFileSync(indexFile, 'utf8');
const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
  (m) => m[1],
);
const files = [...new Set([...scripts, ...preloads])];
let total = 0;
for (const url of files) {
  const bytes = gzipSync(readFileSync(join(webDist, url.replace(/^\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${url}`);
}
const totalKb = total / 1024;
console.log(`First-load JS: ${totalKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (totalKb > BUDGET_KB) {
  console.error(`bundle-budget: over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
