// Prints the SQL the API issues for each read of the benches (bench/load.mjs's `reads`), taken
// from the `pg` client inside the API (bench/lib/sql-capture.cjs), and the statements
// bench/lib/raw-server.mjs sends for the same request: the raw baseline must stay equivalent.
//   npx tsc -p apps/api/tsconfig.app.json && node bench/capture-sql.mjs [--raw]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gql, newAgent, signIn } from './lib/client.mjs';
import { startCluster, startPlatform } from './lib/platform.mjs';
import { startRawServer } from './lib/raw-server.mjs';
import { generator } from './lib/text.mjs';
import { loadFixtures, reads } from './load.mjs';
import { BENCH_PASSWORD, ensureSeeded, memberEmail } from './seed.mjs';

const cluster = await startCluster();
const file = path.join(os.tmpdir(), `wo-sql-${process.pid}.jsonl`);
fs.writeFileSync(file, '');
const { db } = await ensureSeeded(cluster, { name: 'wo_bench_capture', scale: 0.001 });
const platform = await startPlatform(
  db.url,
  { BENCH_SQL_LOG: file, RATE_LIMIT_LOGIN_PER_15MIN: '100000' },
  { nodeArgs: ['-r', './bench/lib/sql-capture.cjs'] },
);
const raw = await startRawServer(db.url, { sqlLog: file });
try {
  const fixtures = await loadFixtures(db.url, 1);
  for (const [label, url] of [
    ['API', platform.url],
    ['raw server', raw.url],
  ]) {
    const agent = newAgent();
    const { cookie, member } = await signIn(url, memberEmail(0), BENCH_PASSWORD, agent);
    const r = generator(5);
    for (const name of Object.keys(reads)) {
      const variables = reads[name](r, fixtures, { id: member.id });
      await gql(url, name, variables, { cookie, agent }); // warm (caches, prepared plans)
      const from = fs.statSync(file).size;
      await gql(url, name, variables, { cookie, agent });
      await new Promise((res) => setTimeout(res, 50));
      // (pg-boss's job polling runs on its own timer: not part of the request)
      const lines = fs
        .readFileSync(file, 'utf8')
        .slice(from)
        .trim()
        .split('\n')
        .filter((l) => l && !l.includes('pgboss'));
      console.log(
        `\n## ${label}: ${name} ${JSON.stringify(variables)}: ${lines.length} statements`,
      );
      for (const l of lines) {
        const { text, params } = JSON.parse(l);
        console.log(`- ${text.replace(/\s+/g, ' ').trim()}  -- ${JSON.stringify(params ?? [])}`);
      }
    }
    agent.destroy();
  }
} finally {
  await raw.stop();
  await platform.stop();
  await cluster.stop();
  fs.rmSync(file, { force: true });
}
