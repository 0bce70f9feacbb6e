// Rewrites each `graphql(`query Name …`)` call in our sources into an import of that one
// document (the client preset's own advice for production builds, done here as a Vite plugin
// because the build has no Babel step). The `graphql()` function looks documents up in one map
// holding every operation of the app, and the generated module holds them all too; a module
// lands whole in one chunk, so either way the shell's few documents brought all 136 into the
// first load. Each document is served as a module of its own (its AST, copied from the generated
// file), so it follows the pages that use it.
import { readFileSync } from 'node:fs';
import { type Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const PREFIX = 'virtual:graphql-document/';

/** The generated documents' ASTs (JSON), by export name: `NameDocument`, `NameFragmentDoc`. */
function generatedDocuments(generatedFile: string): Map<string, string> {
  const source = readFileSync(generatedFile, 'utf8');
  const found = source.matchAll(
    /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*$/gm,
  );
  return new Map([...found].map((m) => [m[1] ?? '', m[2] ?? '']));
}

export function graphqlDocumentImports(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'graphql-document-imports',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      // Codegen runs before the build (the build target depends on it), so the file is current.
      documents = generatedDocuments(generatedFile);
      if (documents.size === 0) this.error(`no documents found in ${generatedFile}`);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const ast = documents.get(id.slice(PREFIX.length + 1));
      return ast === undefined ? null : `export default ${ast};`;
    },
    transform(code, id) {
      if (id.includes('node_modules') || id.includes('/generated/') || !code.includes('graphql('))
        return null;
      const imports = new Map<string, string>();
      const out = code.replace(CALL, (_whole, text: string) => {
        // Interpolated documents cannot be matched to one generated document.
        if (text.includes('${')) this.error(`${id}: a graphql() document must be plain text`);
        const [, kind, name] = DEFINITION.exec(text) ?? [];
        if (!kind || !name) this.error(`${id}: every graphql() document needs a named operation`);
        const exported = `${name}${kind === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        if (!documents.has(exported))
          this.error(`${id}: ${exported} is not generated; run the codegen (npm run codegen)`);
        const local = `__document_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      const header = [...imports]
        .map(([exported, local]) => `import ${local} from ${JSON.stringify(PREFIX + exported)};`)
        .join('\n');
      return { code: `${header}\n${out}`, map: null };
    },
  };
}
