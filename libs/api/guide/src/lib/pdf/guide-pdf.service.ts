import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, Loaders, type AppConfig } from '@wide-open/api/core';
import type { GuideReferenceObject } from '../dto/guide.objects';
import { GuideService } from '../guide.service';
import { GuideReferenceResolver } from '../references/reference.loaders';
import { parseReferences, referenceId } from '../references/references';
import { printToPdf } from './chromium-print';
import { printDocument, type PrintChapter } from './print-document';
import type { PrintLang } from './print-texts';

/**
 * The published guide as a PDF. The print HTML is built on every request (a few queries); its
 * hash names the cached file, so Chromium runs once per printed content and language (a new
 * publication or a renamed lesson gives a new file), and concurrent requests share one run.
 */
@Injectable()
export class GuidePdfService {
  private readonly logger = new Logger(GuidePdfService.name);
  private readonly running = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly guide: GuideService,
    private readonly references: GuideReferenceResolver,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async html(lang: PrintLang): Promise<string> {
    const chapters = await this.guide.chapters(undefined, false);
    const versions = new Map(
      (await this.guide.versionsByIds(chapters.map((c) => c.publishedVersionId!))).map((v) => [
        v.id,
        v,
      ]),
    );
    const printed: PrintChapter[] = chapters.flatMap((chapter) => {
      const version = versions.get(chapter.publishedVersionId!);
      return version ? [{ chapter, version }] : [];
    });
    const tokens = printed.flatMap((c) =>
      parseReferences(lang === 'fr' ? c.version.bodyFr : c.version.bodyEn),
    );
    const resolved = await this.references.resolve(new Loaders(), tokens);
    const references = new Map<string, GuideReferenceObject>(
      resolved.map((r, i) => [referenceId(tokens[i]), r]),
    );
    const latest = Math.max(0, ...chapters.map((c) => c.publishedAt?.getTime() ?? 0));
    return printDocument({
      lang,
      origin: this.config.http.publicUrl,
      chapters: printed,
      references,
      updatedAt: latest > 0 ? new Date(latest) : null,
    });
  }

  /** The PDF for the guide as published now, from the cache when it was already printed. */
  async pdf(lang: PrintLang): Promise<{ bytes: Buffer; etag: string }> {
    const html = await this.html(lang);
    const etag = createHash('sha256').update(html).digest('hex').slice(0, 32);
    const file = path.join(this.config.guidePdf.cacheDir, `guide-${lang}-${etag}.pdf`);
    const cached = await fs.readFile(file).catch(() => null);
    if (cached) return { bytes: cached, etag };
    let job = this.running.get(file);
    if (!job) {
      job = this.print(html, file, lang).finally(() => this.running.delete(file));
      this.running.set(file, job);
    }
    return { bytes: await job, etag };
  }

  private async print(html: string, file: string, lang: PrintLang): Promise<Buffer> {
    const started = Date.now();
    const bytes = await printToPdf(html, this.config.guidePdf);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Older prints of this language are stale now.
    const stale = (await fs.readdir(path.dirname(file))).filter(
      (f) => f.startsWith(`guide-${lang}-`) && f !== path.basename(file),
    );
    await Promise.all(stale.map((f) => fs.rm(path.join(path.dirname(file), f), { force: true })));
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
    this.logger.log(
      `Printed the ${lang} guide (${bytes.length} bytes) in ${Date.now() - started} ms`,
    );
    return bytes;
  }
}
