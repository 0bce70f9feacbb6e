import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InjectConfig, NotFoundError, Public, type AppConfig, isUuid } from '@wide-open/api/core';
import { toIcs, type IcsEvent } from './calendar/ics';
import type { EventEntity } from './entities/event.entity';
import { EventsService } from './events.service';

/** The feed holds what is coming (a calendar app refreshes it) and the last month. */
const FEED_SIZE = 100;

/**
 * iCalendar exports: `GET /calendar/events/:id.ics` (one event, a download) and
 * `GET /calendar/agenda.ics` (the whole agenda, a URL calendar apps subscribe to). Public, as
 * event pages are.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly events: EventsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('agenda.ics')
  @Public()
  async agenda(@Res() res: Response): Promise<void> {
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    const page = await this.events.list({ from: monthAgo }, FEED_SIZE);
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=900');
    res.send(
      toIcs(
        'Wide Open',
        page.edges.map((e) => this.toIcsEvent(e.node)),
      ),
    );
  }

  @Get('events/:file')
  @Public()
  async event(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    const event = isUuid(id) && file.endsWith('.ics') ? await this.events.find(id) : null;
    if (!event) throw new NotFoundError('Event');
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="wide-open-event-${id}.ics"`);
    res.send(toIcs(event.title, [this.toIcsEvent(event)]));
  }

  private toIcsEvent(e: EventEntity): IcsEvent {
    const where = [e.address, e.city, e.country].filter(Boolean).join(', ');
    return {
      uid: `${e.id}@wide-open`,
      title: e.title,
      description: [e.description, e.onlineUrl].filter(Boolean).join('\n\n') || null,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      location: where || e.onlineUrl,
      url: `${this.config.http.publicUrl}/events/${e.id}`,
      updatedAt: e.updatedAt,
      cancelled: e.cancelledAt !== null,
    };
  }
}
