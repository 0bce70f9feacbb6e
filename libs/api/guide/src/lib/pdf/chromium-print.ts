import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export class ChromiumUnavailableError extends Error {}

/**
 * Prints an HTML page to PDF with headless Chromium's own print (`--print-to-pdf`), in a
 * temporary folder (its profile included) removed afterwards; killed after `timeoutMs`.
 * `--generate-pdf-document-outline` writes the headings as the PDF's bookmarks.
 */
export async function printToPdf(
  html: string,
  options: { chromiumPath: string; timeoutMs: number },
): Promise<Buffer> {
  try {
    await fs.access(options.chromiumPath, fs.constants.X_OK);
  } catch {
    throw new ChromiumUnavailableError(`No Chromium at ${options.chromiumPath}`);
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wo-guide-pdf-'));
  try {
    const page = path.join(dir, 'guide.html');
    const pdf = path.join(dir, 'guide.pdf');
    await fs.writeFile(page, html, 'utf8');
    await run(
      options.chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-extensions',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        '--generate-pdf-document-outline',
        `--print-to-pdf=${pdf}`,
        `file://${page}`,
      ],
      options.timeoutMs,
    );
    const bytes = await fs.readFile(pdf).catch(() => null);
    if (!bytes || bytes.subarray(0, 4).toString('latin1') !== '%PDF')
      throw new Error('Chromium wrote no PDF');
    return bytes;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Chromium did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT' || error.code === 'EACCES'
          ? new ChromiumUnavailableError(error.message)
          : error,
      );
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Chromium exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}
