// Rewrites `import { Button } from '@mantine/core'` in our sources into imports of the files that
// define each export. Rolldown places a module by who reaches it statically; through the package
// barrel (imported by the app shell) every component any lazy page uses was reachable from the
// entry, so all of them landed in the first load. Direct imports let each component follow the
// pages that use it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Plugin } from 'vite';

function exportMap(barrelFile: string): Map<string, string> {
  const dir = dirname(barrelFile);
  const map = new Map<string, string>();
  const source = readFileSync(barrelFile, 'utf8');
  for (const match of source.matchAll(/^import \{([^}]+)\} from "([^"]+)";$/gm)) {
    for (const spec of (match[1] ?? '').split(',')) {
      const [imported, local] = spec.trim().split(/\s+as\s+/);
      if (imported)
        map.set((local ?? imported).trim(), `${resolve(dir, match[2] ?? '')}|${imported.trim()}`);
    }
  }
  return map;
}

export function barrelDeepImports(packageName: string, barrelFile: string): Plugin {
  const map = exportMap(barrelFile);
  const escaped = packageName.replace(/[/.]/g, (c) => `\\${c}`);
  const importRe = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${escaped}["'];?`, 'g');
  return {
    name: 'barrel-deep-imports',
    enforce: 'post',
    // Production only: the dev server pre-bundles the package anyway.
    apply: 'build',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes(packageName)) return null;
      let changed = false;
      const out = code.replace(importRe, (whole, specs: string) => {
        const lines: string[] = [];
        for (const spec of specs
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const [name, alias] = spec.split(/\s+as\s+/).map((s) => s.trim());
          const target = name ? map.get(name) : undefined;
          if (!name || !target) return whole;
          const [file, original] = target.split('|');
          lines.push(`import { ${original} as ${alias ?? name} } from ${JSON.stringify(file)};`);
        }
        changed = true;
        return lines.join('\n');
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
