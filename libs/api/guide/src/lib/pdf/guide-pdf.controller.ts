import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  AppError,
  InjectConfig,
  Public,
  RateLimitedError,
  RateLimiterService,
  type AppConfig,
} from '@wide-open/api/core';
import { ChromiumUnavailableError } from './chromium-print';
import { GuidePdfService } from './guide-pdf.service';

/**
 * `GET /guide/guide.pdf?lang=fr|en`: the published guide, printable. Public like the guide;
 * rate-limited per address, since a new print runs Chromium.
 */
@Controller('guide')
export class GuidePdfController {
  private readonly logger = new Logger(GuidePdfController.name);

  constructor(
    private readonly pdfs: GuidePdfService,
    private readonly limiter: RateLimiterService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('guide.pdf')
  @Public()
  async guidePdf(
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (lang !== undefined && lang !== 'fr' && lang !== 'en') {
      res.status(400).json({
        code: 'BAD_USER_INPUT',
        message: 'lang: must be fr or en',
        fields: { lang: 'must be fr or en' },
      });
      return;
    }
    const language = lang ?? 'en';
    try {
      await this.limiter.consume(
        {
          name: 'guide-pdf',
          points: this.config.rateLimits.guidePdfPerHour,
          durationSeconds: 3600,
        },
        req.ip ?? 'unknown',
      );
      const { bytes, etag } = await this.pdfs.pdf(language);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader(
        'content-disposition',
        `attachment; filename="wide-open-guide-${language}.pdf"`,
      );
      res.setHeader('etag', `"${etag}"`);
      res.setHeader('cache-control', 'public, max-age=300');
      res.send(bytes);
    } catch (error) {
      if (error instanceof AppError) {
        if (error instanceof RateLimitedError)
          res.setHeader('retry-after', String(error.retryAfterSeconds));
        res.status(error.httpStatus).json({ code: error.code, message: error.message });
      } else if (error instanceof ChromiumUnavailableError) {
        this.logger.error(error.message);
        res.status(503).json({
          code: 'SERVICE_UNAVAILABLE',
          message: 'The printable guide cannot be made right now. Please try again later.',
        });
      } else {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        res.status(503).json({
          code: 'SERVICE_UNAVAILABLE',
          message: 'The printable guide could not be made. Please try again later.',
        });
      }
    }
  }
}
