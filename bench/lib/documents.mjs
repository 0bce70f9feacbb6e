// The GraphQL documents the web app sends, read from its sources (libs/web/**/*.documents.ts):
// `operation('Threads')` is the Threads query with every fragment it spreads, as Apollo sends it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './platform.mjs';

const sources = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'generated')
      walk(full);
    else if (entry.name.endsWith('.documents.ts')) sources.push(full);
  }
};
walk(path.join(root, 'libs/web'));

const operations = new Map();
const fragments = new Map();
for (const file of sources) {
  const text = fs.readFileSync(file, 'utf8');
  for (const [, doc] of text.matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)) {
    const op = doc.match(/^\s*(query|mutation|subscription)\s+(\w+)/m);
    const fragment = doc.match(/^\s*fragment\s+(\w+)\s+on/m);
    if (op) operations.set(op[2], doc.trim());
    else if (fragment) fragments.set(fragment[1], doc.trim());
  }
}

/** The operation's text followed by the fragments it needs (transitively), each once. */
export function operation(name) {
  const doc = operations.get(name);
  if (!doc) throw new Error(`the web app has no GraphQL operation named ${name}`);
  const needed = new Set();
  const visit = (text) => {
    for (const [, f] of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      if (needed.has(f) || !fragments.has(f)) continue;
      needed.add(f);
      visit(fragments.get(f));
    }
  };
  visit(doc);
  return [doc, ...[...needed].map((f) => fragments.get(f))].join('\n\n');
}
