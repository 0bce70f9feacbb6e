import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs the real entry point (apps/api/src/main.ts) as its own process, compiled on the fly by
 * @swc-node/register, exactly as `npm start` runs the built one.
 */
export async function startApiProcess(
  env: Record<string, string>,
  waitForReady = true,
): Promise<ApiProcess> {
  const port = env['PORT'] ?? String(await freePort());
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      LOG_LEVEL: 'info',
      EMBEDDED_PG_PORT: '0',
      ...env,
      PORT: port,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const handle: ApiProcess = {
    url,
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  if (waitForReady) await waitForHealth(handle);
  return handle;
}

async function waitForHealth(api: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (api.child.exitCode !== null) throw new Error(`API exited early:\n${api.output()}`);
    try {
      const res = await fetch(`${api.url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await api.stop();
  throw new Error(`API did not become healthy in ${timeoutMs} ms:\n${api.output()}`);
}

export async function gqlAt<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}
