import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { BadInputError, InjectConfig, Public, type AppConfig } from '@wide-open/api/core';
import type { MemberEntity } from '@wide-open/api/accounts';
import { CONTENT_LANGUAGES, MemberStatus } from '@wide-open/shared/contracts';
import { StoriesService } from '../stories.service';
import { storyPath } from '../story.mapper';
import { toAtom } from './atom';

/** The latest published stories a feed reader receives. */
export const FEED_SIZE = 50;

const texts = {
  en: {
    title: 'Wide Open: research journal',
    subtitle: 'Stories from the research tour of emblematic tiers-lieux around the world.',
  },
  fr: {
    title: 'Wide Open : journal de recherche',
    subtitle: 'Récits du tour de recherche des tiers-lieux emblématiques à travers le monde.',
  },
};

/** The author as the feed names them: a deleted account is a "former member", without a link. */
function author(member: MemberEntity | undefined, base: string, language: 'fr' | 'en') {
  if (!member || member.status === MemberStatus.DELETED)
    return { authorName: language === 'fr' ? 'Ancien membre' : 'Former member', authorUrl: null };
  return { authorName: member.displayName, authorUrl: `${base}/members/${member.handle}` };
}

/**
 * `GET /journal/feed.atom`: the published stories as Atom 1.0, newest first, with absolute
 * links from PUBLIC_URL; `?lang=fr|en` keeps one language. Public, cached for 15 minutes, and
 * answered 304 when a reader's copy is current (ETag, Last-Modified).
 */
@Controller('journal')
export class JournalFeedController {
  constructor(
    private readonly stories: StoriesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('feed.atom')
  @Public()
  async feed(@Query('lang') lang: string | undefined, @Res() res: Response): Promise<void> {
    if (lang !== undefined && !(CONTENT_LANGUAGES as readonly string[]).includes(lang))
      throw new BadInputError({ lang: 'must be fr or en' });
    const language = lang === 'fr' || lang === 'en' ? lang : undefined;
    const base = this.config.http.publicUrl;
    const stories = await this.stories.latest(FEED_SIZE, language);
    const updated = stories.reduce(
      (latest, s) => (s.updatedAt > latest ? s.updatedAt : latest),
      new Date(0),
    );
    const text = texts[language ?? 'en'];
    const xml = toAtom({
      id: `${base}/journal${language ? `?lang=${language}` : ''}`,
      title: text.title,
      subtitle: text.subtitle,
      selfUrl: `${base}/journal/feed.atom${language ? `?lang=${language}` : ''}`,
      pageUrl: `${base}/journal`,
      language: language ?? null,
      updated: stories.length > 0 ? updated : new Date(0),
      entries: stories.map((s) => ({
        id: `urn:uuid:${s.id}`,
        title: s.title,
        url: `${base}${storyPath(s.slug)}`,
        summary: s.summary,
        published: s.publishedAt ?? s.createdAt,
        updated: s.updatedAt,
        ...author(s.author, base, language ?? 'en'),
        language: s.language,
        categories: s.challenges,
      })),
    });
    res.setHeader('content-type', 'application/atom+xml; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=900');
    if (stories.length > 0) res.setHeader('last-modified', updated.toUTCString());
    // Express adds an ETag and answers 304 to a conditional request whose copy is current.
    res.send(xml);
  }
}
