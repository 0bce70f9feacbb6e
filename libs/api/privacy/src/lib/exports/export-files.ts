import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@wide-open/api/core';

/** Archives live under `DATA_DIR/exports`, never served statically: only the owner's download. */
@Injectable()
export class ExportFiles {
  readonly dir: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.dir = path.join(config.dataDir, 'exports');
  }

  keyFor(exportId: string): string {
    return `${exportId}.json.gz`;
  }

  resolve(key: string): string {
    if (!/^[0-9a-f-]{36}\.json\.gz$/.test(key)) throw new Error(`Unsafe export key ${key}`);
    return path.join(this.dir, key);
  }

  async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  async remove(keys: Array<string | null>): Promise<void> {
    for (const key of keys) {
      if (!key) continue;
      const file = this.resolve(key);
      await fs.rm(file, { force: true });
      await fs.rm(`${file}.part`, { force: true });
    }
  }
}
