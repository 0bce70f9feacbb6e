// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time, and the
// packages (node_modules/<name>, the project's own code, Node's internals) where the time went.
import * as fs from 'node:fs';

export function summariseProfile(file, log = console.log, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], self.get(profile.samples[i]) + (deltas[i] ?? 0) / 1000);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (url) => {
    if (!url) return '(native / V8)';
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1];
    if (url.startsWith('node:')) return 'node internals';
    if (url.includes('/dist/api/')) return 'project code';
    return url;
  };
  const functions = new Map();
  const packages = new Map();
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    const key =
      `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*\/(node_modules|dist\/api)\//, '')}:${f.lineNumber + 1}` : ''}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + ms);
    const p =
      f.functionName === '(idle)'
        ? '(idle)'
        : f.functionName === '(garbage collector)'
          ? '(garbage collector)'
          : where(f.url);
    packages.set(p, (packages.get(p) ?? 0) + ms);
  }
  const busy = total - (packages.get('(idle)') ?? 0);
  const pct = (ms) => `${((ms / busy) * 100).toFixed(1)} %`;
  const topFunctions = [...functions]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  const topPackages = [...packages]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
  log(
    `\nCPU profile ${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`,
  );
  log('| where (self time) | share of busy time |');
  log('| --- | --- |');
  for (const [k, ms] of topPackages) log(`| ${k} | ${pct(ms)} |`);
  log('\n| function (self time) | share of busy time |');
  log('| --- | --- |');
  for (const [k, ms] of topFunctions) log(`| ${k} | ${pct(ms)} |`);
  return {
    busySeconds: busy / 1000,
    packages: topPackages.map(([k, ms]) => ({ where: k, share: ms / busy })),
    functions: topFunctions.map(([k, ms]) => ({ fn: k, share: ms / busy })),
  };
}

if (process.argv[1]?.endsWith('cpu-profile.mjs')) summariseProfile(process.argv[2]);
