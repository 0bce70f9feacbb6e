// Sums the summaries that test-all.mjs wrote (one per run) into the line CI reads.
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../dist/test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
const files = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => /^summary-.*\.json$/.test(f))
  : [];
for (const file of files) {
  const s = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  totals.passed += s.passed;
  totals.failed += s.failed;
  totals.skipped += s.skipped;
}
if (files.length === 0) totals.failed = 1; // nothing ran: that is a failure, not a pass
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
