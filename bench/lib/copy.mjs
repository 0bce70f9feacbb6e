// COPY … FROM STDIN through the `pg` client, without pg-copy-streams: a submittable query that
// answers PostgreSQL's CopyInResponse with the chunks an (async) iterable yields, honouring the
// socket's back-pressure. Rows are in COPY's text format (see `row`).
import { once } from 'node:events';

/** Runs `sql` (a `COPY t (…) FROM STDIN`) and streams `chunks` (strings) into it; resolves the row count. */
export function copyFrom(client, sql, chunks) {
  return new Promise((resolve, reject) => {
    let error = null;
    let rowCount = 0;
    client.query({
      submit(connection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection) {
        (async () => {
          try {
            for await (const chunk of chunks) {
              if (!chunk) continue;
              connection.sendCopyFromChunk(Buffer.from(chunk));
              if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
            }
            connection.endCopyFrom();
          } catch (e) {
            error = e;
            connection.sendCopyFail(String(e?.message ?? e));
          }
        })();
      },
      handleCommandComplete(msg) {
        rowCount = Number(msg.text.split(' ').pop());
      },
      handleError(err) {
        error ??= err;
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve(rowCount);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    });
  });
}

const escape = (v) =>
  v.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );

/** One line of COPY text: null → \N, arrays → {…} literals, dates → ISO, strings escaped. */
export function row(values) {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += '\t';
    if (v === null || v === undefined) out += '\\N';
    else if (typeof v === 'string') out += escape(v);
    else if (v instanceof Date) out += v.toISOString();
    else if (Array.isArray(v))
      out += escape(`{${v.map((x) => `"${String(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
    else out += String(v);
  }
  return out + '\n';
}
