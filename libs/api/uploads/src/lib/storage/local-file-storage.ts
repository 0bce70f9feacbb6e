import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { FileStorage } from './file-storage';

/** Files under a folder, served by the API at `/uploads/<key>`. */
export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.resolve(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half a file.
    await fs.writeFile(`${file}.tmp`, data);
    await fs.rename(`${file}.tmp`, file);
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  url(key: string): string {
    return `/uploads/${key}`;
  }

  private resolve(key: string): string {
    if (!/^[a-z0-9/_.-]+$/.test(key) || key.includes('..'))
      throw new Error(`Unsafe storage key ${key}`);
    return path.join(this.root, key);
  }
}
