// The benches' HTTP side: GraphQL over keep-alive connections (one agent per simulated user, as a
// browser keeps its connections), sign-in through the web app's `Login` mutation (the session
// cookie), and the socket.io connection the web app opens with that cookie.
import * as http from 'node:http';
import { io } from 'socket.io-client';
import { operation } from './documents.mjs';

const documents = new Map();
const doc = (name) => {
  if (!documents.has(name)) documents.set(name, operation(name));
  return documents.get(name);
};

/**
 * POST `body` (JSON) to `url` + `path`; resolves { status, json, setCookie } or rejects. As a
 * browser does, a request on a kept-alive connection that the server closed just before it (its
 * keep-alive timeout) is sent again once on a new connection (Node's `req.reusedSocket` advice).
 */
export async function post(url, path, body, options = {}) {
  try {
    return await postOnce(url, path, body, options);
  } catch (e) {
    if (e.code === 'ECONNRESET' && e.reusedSocket) return postOnce(url, path, body, options);
    throw e;
  }
}

function postOnce(url, path, body, { cookie, agent, timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const payload = Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        hostname: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({
              status: res.statusCode,
              json: JSON.parse(text),
              setCookie: res.headers['set-cookie'],
            });
          } catch (e) {
            reject(
              new Error(`HTTP ${res.statusCode}, ${text.length} bytes not JSON (${e.message})`),
            );
          }
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', (e) => {
      e.reusedSocket = req.reusedSocket;
      reject(e);
    });
    req.end(payload);
  });
}

/** A web-app GraphQL operation by name; rejects on an HTTP or GraphQL error. */
export async function gql(url, name, variables, options) {
  const res = await post(
    url,
    '/graphql',
    { operationName: name, query: doc(name), variables },
    options,
  );
  if (res.status !== 200 || res.json.errors)
    throw new Error(
      `${name}: ${res.status} ${JSON.stringify(res.json.errors ?? res.json).slice(0, 300)}`,
    );
  return res;
}

/** Signs in as the web app does; resolves the session cookie ("wo_session=…") and the member. */
export async function signIn(url, email, password, agent) {
  const res = await gql(url, 'Login', { email, password }, { agent });
  const cookie = (res.setCookie ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('wo_session='));
  if (!cookie) throw new Error('Login: no session cookie');
  return { cookie, member: res.json.data.login.member };
}

/** The web app's socket: websocket transport, authenticated by the session cookie. */
export function openSocket(url, cookie) {
  return new Promise((resolve, reject) => {
    const s = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
      timeout: 20_000,
    });
    s.once('connect', () => resolve(s));
    s.once('connect_error', (e) => {
      s.close();
      reject(e);
    });
  });
}

export const newAgent = () => new http.Agent({ keepAlive: true, maxSockets: 4 });
