import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { type RequestHandler } from 'express';

const apiPrefixes = [
  '/graphql',
  '/health',
  '/socket.io',
  '/uploads',
  '/research',
  '/calendar',
  '/privacy',
  // Not `/guide`: the guide's pages are the web app's; only its PDF comes from the API.
  '/guide/guide.pdf',
  // Not `/journal`: the web app's pages; only its feed is the API's.
  '/journal/feed.atom',
  // Not `/notifications`: that is the web app's notification centre.
  '/notifications/unsubscribe',
];

/**
 * Serves the built web app: hashed assets with long caching, and `index.html` for every other
 * GET so client-side routes survive a reload. Returns undefined when the app was not built
 * (API-only deployments and tests).
 */
export function webAppHandlers(webDist: string): RequestHandler[] | undefined {
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return undefined;
  const assets = express.static(webDist, {
    index: false,
    setHeaders: (res, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fallback: RequestHandler = (req, res, next) => {
    // HEAD too: link-preview crawlers often ask HEAD before GET.
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      apiPrefixes.some((p) => req.path.startsWith(p))
    )
      return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };
  return [assets, fallback];
}
