// The whole test suite, as the README's `npm test`: checks, unit and component specs,
// integration specs on a real PostgreSQL, the build with its bundle budget, and the browser
// journeys in Chromium. Prints one line of totals at the end; exits non-zero on any failure.
//
//   npm test                      everything
//   npm test -- --only=integration   one stage (checks, unit, integration, multi, build, e2e)
//
// DATABASE_URL: integration specs use that server instead of an embedded PostgreSQL.
// REDIS_URL: also runs the multi-instance specs (two API processes sharing Redis).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const resultsDir = path.join(root, 'dist/test-results');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const label =
  process.argv.find((a) => a.startsWith('--label='))?.slice('--label='.length) ?? 'local';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

fs.mkdirSync(resultsDir, { recursive: true });

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(title, command, args, extraEnv) {
  const ok = run(title, command, args, extraEnv);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(title);
  }
  return ok;
}

function jest(title, config, file, extraEnv) {
  const output = path.join(resultsDir, `${label}-${file}.json`);
  fs.rmSync(output, { force: true });
  const ok = run(
    title,
    'npx',
    ['jest', '-c', config, '--json', `--outputFile=${output}`],
    extraEnv,
  );
  if (fs.existsSync(output)) {
    const report = JSON.parse(fs.readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (!ok && report.numFailedTests + report.numRuntimeErrorTestSuites === 0) totals.failed += 1;
  } else if (!ok) totals.failed += 1;
  if (!ok) failures.push(title);
}

function playwright(title) {
  const output = path.join(resultsDir, 'e2e.json');
  fs.rmSync(output, { force: true });
  const ok = run(title, 'npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  if (fs.existsSync(output)) {
    const { stats } = JSON.parse(fs.readFileSync(output, 'utf8'));
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (!ok && stats.unexpected === 0) totals.failed += 1;
  } else if (!ok) totals.failed += 1;
  if (!ok) failures.push(title);
}

const wants = (stage) => !only || only.includes(stage);

if (wants('checks') || wants('unit') || wants('build') || wants('e2e')) {
  check('GraphQL schema and typed documents', 'npm', ['run', '--silent', 'codegen']);
}
if (wants('checks')) {
  check('formatting (prettier)', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
  check('lint (typed, module boundaries)', 'npx', [
    'nx',
    'run-many',
    '-t',
    'lint',
    '--output-style=static',
  ]);
  check('type-check', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']);
}
if (wants('unit')) jest('unit and component specs', 'jest.config.cjs', 'unit');
if (wants('integration'))
  jest('integration specs (real PostgreSQL)', 'apps/api/jest.int.config.cjs', 'integration');
if (wants('multi')) {
  if (process.env.REDIS_URL)
    jest('multi-instance specs (Redis)', 'apps/api/jest.multi.config.cjs', 'multi');
  else console.log('\n(multi-instance specs need REDIS_URL: not part of this run)');
}
if (wants('build') || wants('e2e')) {
  // The web build ends with the first-load JavaScript budget (250 kB gzip) and fails above it.
  const built = check('build (API and web, with the bundle budget)', 'npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '--projects=api,web',
    '--output-style=static',
  ]);
  if (built && wants('e2e')) playwright('browser journeys (Playwright, Chromium)');
  else if (wants('e2e')) {
    totals.failed += 1;
    failures.push('browser journeys (not run: the build failed)');
  }
}

fs.writeFileSync(path.join(resultsDir, `summary-${label}.json`), JSON.stringify(totals));
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
