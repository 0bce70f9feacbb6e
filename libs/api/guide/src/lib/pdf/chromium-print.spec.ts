import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ChromiumUnavailableError, printToPdf } from './chromium-print';

describe('printToPdf', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-chromium-spec-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const script = (name: string, body: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  };

  it('says Chromium is unavailable when the binary is missing (the route answers 503)', async () => {
    await expect(
      printToPdf('<p>x</p>', { chromiumPath: path.join(dir, 'no-chromium'), timeoutMs: 1000 }),
    ).rejects.toBeInstanceOf(ChromiumUnavailableError);
  });

  it('fails when Chromium exits with an error or writes no PDF', async () => {
    await expect(
      printToPdf('<p>x</p>', { chromiumPath: script('fails', 'exit 3'), timeoutMs: 5000 }),
    ).rejects.toThrow('Chromium exited with 3');
    await expect(
      printToPdf('<p>x</p>', { chromiumPath: script('silent', 'exit 0'), timeoutMs: 5000 }),
    ).rejects.toThrow('Chromium wrote no PDF');
  });

  it('stops a print that takes too long', async () => {
    await expect(
      printToPdf('<p>x</p>', { chromiumPath: script('slow', 'exec sleep 30'), timeoutMs: 300 }),
    ).rejects.toThrow('did not finish within 300 ms');
  });
});
