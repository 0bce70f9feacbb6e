import { once } from 'node:events';
import * as fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * Writes one JSON document to a gzipped file piece by piece, so a member with years of posts
 * never has their whole archive in memory. Honours back-pressure.
 */
export class JsonArchiveWriter {
  private readonly gzip = createGzip();
  private readonly file: fs.WriteStream;
  private readonly done: Promise<void>;
  private firstKey = true;

  constructor(path: string) {
    this.file = fs.createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(this.file);
    this.done = finished(this.file);
    // Errors surface through `done` (awaited in close or abort); keep them from going unhandled.
    this.done.catch(() => undefined);
  }

  async open(): Promise<void> {
    await this.write('{');
  }

  /** `"key": value` for a value small enough to hold at once (the profile, settings). */
  async value(key: string, value: unknown): Promise<void> {
    await this.write(`${this.separator()}${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }

  /** `"key": [ ...rows ]`, the rows coming page by page from `pages`. */
  async array(key: string, pages: AsyncIterable<unknown[]>): Promise<number> {
    await this.write(`${this.separator()}${JSON.stringify(key)}:[`);
    let count = 0;
    for await (const rows of pages) {
      for (const row of rows) {
        await this.write(`${count === 0 ? '' : ','}${JSON.stringify(row)}`);
        count += 1;
      }
    }
    await this.write(']');
    return count;
  }

  async close(): Promise<void> {
    await this.write('}\n');
    this.gzip.end();
    await this.done;
  }

  /** Stops writing (the caller removes the partial file). */
  async abort(): Promise<void> {
    this.gzip.destroy();
    this.file.destroy();
    await this.done.catch(() => undefined);
  }

  private separator(): string {
    const separator = this.firstKey ? '' : ',';
    this.firstKey = false;
    return separator;
  }

  private async write(chunk: string): Promise<void> {
    if (this.gzip.write(chunk)) return;
    // Wait for room, unless the file failed (disk full...): then `done` rejects.
    await Promise.race([once(this.gzip, 'drain'), this.done]);
  }
}
