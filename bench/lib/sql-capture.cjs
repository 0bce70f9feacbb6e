// Bench only, never loaded in production: `node -r ./bench/lib/sql-capture.cjs …` with
// BENCH_SQL_LOG=file appends every statement the process sends through `pg` (text and
// parameters, one JSON line each) to that file. bench/capture-sql.mjs uses it to show the SQL
// the API issues for each read, which bench/lib/raw-server.mjs mirrors.
const fs = require('node:fs');

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const { Client } = require('pg');
  const query = Client.prototype.query;
  Client.prototype.query = function (config, values, callback) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    if (text) fs.appendFileSync(file, JSON.stringify({ at: Date.now(), text, params }) + '\n');
    return query.call(this, config, values, callback);
  };
}
