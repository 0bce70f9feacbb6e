// Compares two V8 heap snapshots (.heapsnapshot) by node type and constructor: how many more
// objects and bytes (self size) the second holds, largest first, and per unit (e.g. per socket).
//   node bench/lib/heap-diff.mjs before.heapsnapshot after.heapsnapshot [units] [rows]
import * as fs from 'node:fs';

const [beforeFile, afterFile, units = '1', rows = '40'] = process.argv.slice(2);

function summarise(file) {
  const { snapshot, nodes, strings } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byKey = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    let name = strings[nodes[i + nameAt]];
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = '(strings)';
    else if (type === 'code' || type === 'hidden' || type === 'array') name = name.slice(0, 60);
    const key = `${type}: ${name}`;
    const entry = byKey.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += nodes[i + sizeAt];
    byKey.set(key, entry);
  }
  return byKey;
}

const before = summarise(beforeFile);
const after = summarise(afterFile);
const n = Number(units);
const diff = [];
let total = 0;
for (const [key, a] of after) {
  const b = before.get(key) ?? { count: 0, size: 0 };
  diff.push({ key, count: a.count - b.count, size: a.size - b.size });
  total += a.size - b.size;
}
for (const [key, b] of before) if (!after.has(key)) total -= b.size;
diff.sort((x, y) => y.size - x.size);
console.log(
  `self size added: ${(total / 1024).toFixed(0)} KiB, ${(total / n).toFixed(0)} B per unit (${n})`,
);
console.log('| bytes per unit | objects per unit | type: name |');
console.log('| --- | --- | --- |');
for (const d of diff.slice(0, Number(rows)))
  console.log(`| ${(d.size / n).toFixed(0)} | ${(d.count / n).toFixed(2)} | ${d.key} |`);
