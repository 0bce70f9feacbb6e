import './register-source-paths';
import * as fs from 'node:fs';
import { ENV_SERVER_URL, ENV_TEMPLATE, adminQuery } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE];
  if (serverUrl && template)
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await globalThis.__woEmbedded?.stop();
  if (globalThis.__woTmp) fs.rmSync(globalThis.__woTmp, { recursive: true, force: true });
}
