import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Helmet with a Content-Security-Policy fit for the built web app: scripts and styles from our
 * origin only (Mantine's runtime styles need 'unsafe-inline' for style attributes), images from
 * our origin, data: URLs and the configured map tiles, websockets to our origin.
 */
export function securityHeaders(options: {
  extraImageSources?: string[];
  upgradeInsecure: boolean;
}): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', ...(options.extraImageSources ?? [])],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'font-src': ["'self'", 'data:'],
        // Video players (YouTube, Vimeo, any PeerTube instance), loaded only when a reader clicks.
        'frame-src': ['https:'],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'object-src': ["'none'"],
        // Only when served over https: on a plain-http LAN deployment it would break every request.
        'upgrade-insecure-requests': options.upgradeInsecure ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
