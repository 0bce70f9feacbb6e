// A small load balancer for the scale-out bench: HTTP requests and websocket upgrades go to one
// of the backends, chosen by the session cookie (sticky: a member's requests and socket reach
// the same instance) or in turn without one (sign-in). Run in its own process:
//   node bench/lib/proxy.mjs http://127.0.0.1:3401 http://127.0.0.1:3402   → prints "listening <url>"
// GET /__bench_stats answers how many requests and upgrades each backend received.
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as net from 'node:net';

const backends = process.argv.slice(2).map((u) => new URL(u));
const stats = backends.map(() => ({ requests: 0, upgrades: 0 }));
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let turn = 0;

const choose = (headers) => {
  const cookie = /(?:^|;\s*)wo_session=([^;]+)/.exec(headers.cookie ?? '')?.[1];
  if (!cookie) return turn++ % backends.length;
  return createHash('sha1').update(cookie).digest().readUInt32BE(0) % backends.length;
};

const server = http.createServer((req, res) => {
  if (req.url === '/__bench_stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  const i = choose(req.headers);
  stats[i].requests += 1;
  const b = backends[i];
  // The body is read first (small JSON), so that a request sent on a kept-alive connection the
  // backend had just closed (its keep-alive timeout) can be sent again once on a new one.
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const send = (retry) => {
      const upstream = http.request(
        {
          hostname: b.hostname,
          port: b.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress },
          agent,
        },
        (up) => {
          res.writeHead(up.statusCode, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (e) => {
        if (retry && upstream.reusedSocket && !res.headersSent) return send(false);
        console.error(
          `proxy: ${req.url} to ${b.host}: ${e.code ?? e.message}${res.headersSent ? ' (response cut)' : ' (502)'}`,
        );
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    };
    send(true);
  });
});

server.on('upgrade', (req, socket, head) => {
  const i = choose(req.headers);
  stats[i].upgrades += 1;
  const b = backends[i];
  const upstream = net.connect(Number(b.port), b.hostname, () => {
    const lines = [`${req.method} ${req.url} HTTP/1.1`];
    for (let k = 0; k < req.rawHeaders.length; k += 2)
      lines.push(`${req.rawHeaders[k]}: ${req.rawHeaders[k + 1]}`);
    upstream.write(lines.join('\r\n') + '\r\n\r\n');
    if (head?.length) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  const close = () => {
    upstream.destroy();
    socket.destroy();
  };
  upstream.on('error', close);
  socket.on('error', close);
  upstream.on('close', close);
  socket.on('close', close);
});

server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () =>
  console.log(`listening http://127.0.0.1:${server.address().port}`),
);
process.once('SIGTERM', () => {
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
