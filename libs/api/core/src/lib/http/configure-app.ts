import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { createValidationPipe } from '../errors/validation';
import { RealtimeAdapter } from '../realtime/realtime.adapter';
import { securityHeaders } from './security-headers';
import { webAppHandlers } from './web-app.middleware';

/**
 * Everything an HTTP app needs beyond its modules, shared by `main.ts` and the integration
 * tests so that the tests exercise the same server people run.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(
    securityHeaders({
      upgradeInsecure: config.http.publicUrl.startsWith('https:'),
      extraImageSources: config.mapTileUrl ? [tileSource(config.mapTileUrl)] : [],
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(
    new RealtimeAdapter(app, {
      allowedOrigins: config.http.allowedOrigins,
      redis: config.redis,
    }),
  );
  // Uploaded images: content-addressed by upload id, so they never change once written.
  app.use(
    '/uploads',
    express.static(config.uploads.dir, { index: false, immutable: true, maxAge: '365d' }),
  );
  const web = webAppHandlers(config.http.webDist);
  if (web) app.use(...web);
  // No enableShutdownHooks(): main.ts owns the signals, to stop the embedded database last.
}

/** The CSP source for a tile template: `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`. */
export function tileSource(template: string): string {
  const url = new URL(template.replace(/\{s\}/g, 'a').replace(/\{[xyz]\}/g, '0'));
  return template.includes('{s}')
    ? `${url.protocol}//*.${url.host.split('.').slice(1).join('.')}`
    : url.origin;
}
