import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Video pages the web app can embed (click-to-load): YouTube, Vimeo, or a PeerTube instance
 * (its `/w/<id>` or `/videos/watch/<id>` pages), over https.
 */
export function isVideoUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || value.length > 300) return false;
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'youtube.com' || host === 'm.youtube.com')
    return url.pathname === '/watch' && url.searchParams.has('v');
  if (host === 'youtu.be') return /^\/[\w-]{6,}$/.test(url.pathname);
  if (host === 'vimeo.com') return /^\/\d+$/.test(url.pathname);
  return /^\/(w|videos\/watch)\/[\w-]+$/.test(url.pathname);
}

export function IsVideoUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isVideoUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be YouTube, Vimeo or PeerTube video pages (https)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isVideoUrl(value) },
    });
}
