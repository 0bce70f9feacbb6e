export interface VideoEmbed {
  provider: 'youtube' | 'vimeo' | 'peertube';
  /** Where the player lives: what the reader agrees to contact. */
  host: string;
  embedUrl: string;
}

const YOUTUBE_ID = /^[\w-]{6,20}$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m)\./, '');
  if (host === 'youtu.be') return url.pathname.slice(1).split('/')[0] ?? null;
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return null;
  if (url.pathname === '/watch') return url.searchParams.get('v');
  const match = /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname);
  return match?.[1] ?? null;
}

/**
 * The player address for a video page, built from the page URL: YouTube through its
 * no-cookie domain, Vimeo with Do Not Track, PeerTube on the instance that hosts the video.
 * Null when the address is not one of those (it is then shown as a plain link).
 */
export function videoEmbed(pageUrl: string): VideoEmbed | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const yt = youtubeId(url);
  if (yt !== null) {
    return YOUTUBE_ID.test(yt)
      ? {
          provider: 'youtube',
          host: 'YouTube',
          embedUrl: `https://www.youtube-nocookie.com/embed/${encodeURIComponent(yt)}`,
        }
      : null;
  }
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /\/(?:video\/)?(\d+)/.exec(url.pathname)?.[1];
    return id
      ? { provider: 'vimeo', host: 'Vimeo', embedUrl: `https://player.vimeo.com/video/${id}?dnt=1` }
      : null;
  }
  // PeerTube: /w/<short id>, /videos/watch/<uuid> or /videos/embed/<id>, on any instance.
  const peertube = /^\/(?:w|videos\/watch|videos\/embed)\/([\w-]+)\/?$/.exec(url.pathname);
  if (peertube?.[1] && url.protocol === 'https:') {
    return {
      provider: 'peertube',
      host: url.hostname,
      embedUrl: `https://${url.host}/videos/embed/${peertube[1]}`,
    };
  }
  return null;
}
