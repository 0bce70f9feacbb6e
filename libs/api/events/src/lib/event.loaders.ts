import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { LoaderFactory } from '@wide-open/api/core';
import { EventRsvpEntity } from './entities/event-rsvp.entity';

export interface Seats {
  going: number;
  waitlisted: number;
}

/** Seats taken and waiting, for every event on the page in one GROUP BY. */
@Injectable()
export class EventSeatsLoader implements LoaderFactory<string, Seats> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, Seats>(async (eventIds) => {
      const rows = await this.dataSource.query<
        Array<{ event_id: string; going: number; waitlisted: number }>
      >(
        `SELECT event_id,
                count(*) FILTER (WHERE status = 'GOING' AND NOT waitlisted)::int AS going,
                count(*) FILTER (WHERE status = 'GOING' AND waitlisted)::int AS waitlisted
           FROM event_rsvps WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [[...eventIds]],
      );
      const byEvent = new Map(rows.map((r) => [r.event_id, r]));
      return eventIds.map((id) => ({
        going: byEvent.get(id)?.going ?? 0,
        waitlisted: byEvent.get(id)?.waitlisted ?? 0,
      }));
    });
  }
}

/** The viewer's answers to the events on the page; keys are `memberId|eventId`. */
@Injectable()
export class ViewerRsvpLoader implements LoaderFactory<string, EventRsvpEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, EventRsvpEntity | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows = await this.dataSource.manager
        .createQueryBuilder(EventRsvpEntity, 'r')
        .where('r.member_id = ANY(:members::uuid[]) AND r.event_id = ANY(:events::uuid[])', {
          members: [...new Set(pairs.map(([m]) => m))],
          events: [...new Set(pairs.map(([, e]) => e))],
        })
        .getMany();
      const index = new Map(rows.map((r) => [`${r.memberId}|${r.eventId}`, r]));
      return keys.map((k) => index.get(k) ?? null);
    });
  }
}
