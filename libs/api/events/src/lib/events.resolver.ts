import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  InjectConfig,
  Public,
  type AppConfig,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { PlaceLoader, PlaceObject, toPlaceObject } from '@wide-open/api/places';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  CancelEventArgs,
  CreateEventInput,
  EventIdArgs,
  EventsArgs,
  MessageAttendeesArgs,
  MyEventsArgs,
  RsvpArgs,
  UpdateEventArgs,
} from './dto/event.inputs';
import { EventAttendeeObject, EventObject, RsvpObject } from './dto/event.objects';
import type { EventRsvpEntity } from './entities/event-rsvp.entity';
import type { EventEntity } from './entities/event.entity';
import { EventChangesService } from './event-changes.service';
import { EventMessagesService } from './event-messages.service';
import { EventSeatsLoader, ViewerRsvpLoader } from './event.loaders';
import { EventsService } from './events.service';
import { RsvpService } from './rsvp.service';

export const EventConnection = ConnectionType(EventObject, 'Event');

const toRsvp = (r: EventRsvpEntity): RsvpObject => ({ status: r.status, waitlisted: r.waitlisted });

@Resolver(() => EventObject)
export class EventsResolver {
  constructor(
    private readonly agenda: EventsService,
    private readonly changes: EventChangesService,
    private readonly messages: EventMessagesService,
    private readonly rsvps: RsvpService,
    private readonly seats: EventSeatsLoader,
    private readonly viewerRsvps: ViewerRsvpLoader,
    private readonly members: MemberLoader,
    private readonly places: PlaceLoader,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private toObject(e: EventEntity): EventObject {
    return {
      id: e.id,
      title: e.title,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      address: e.address,
      city: e.city,
      country: e.country,
      onlineUrl: e.onlineUrl,
      capacity: e.capacity,
      language: e.language,
      seriesId: e.seriesId,
      cancelled: e.cancelledAt !== null,
      coverUrl: e.coverUrl,
      movedFrom: e.movedFrom,
      icsUrl: `${this.config.http.publicUrl}/calendar/events/${e.id}.ics`,
      createdAt: e.createdAt,
      organizerId: e.organizerId,
      placeId: e.placeId,
    };
  }

  @Query(() => EventConnection, { description: 'Public: upcoming first.' })
  @Public()
  async events(@Args() { filter, first, after }: EventsArgs): Promise<Connection<EventObject>> {
    const page = await this.agenda.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: this.toObject(e.node) })) };
  }

  @Query(() => EventConnection, {
    description: 'ACTIVE members: what they organize or answered going or maybe to.',
  })
  @ActiveMember()
  async myEvents(
    @Args() { past, first, after }: MyEventsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<EventObject>> {
    const page = await this.agenda.mine(viewer, past, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: this.toObject(e.node) })) };
  }

  @Query(() => EventObject, { nullable: true, description: 'Public.' })
  @Public()
  async event(@Args() { id }: EventIdArgs): Promise<EventObject | null> {
    const event = await this.agenda.find(id);
    return event ? this.toObject(event) : null;
  }

  @Mutation(() => EventObject, {
    description: 'AMBASSADOR+. With `recurrence`, every occurrence is created; returns the first.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async createEvent(
    @Args('input') input: CreateEventInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EventObject> {
    return this.toObject(await this.agenda.create(viewer, input));
  }

  @Mutation(() => EventObject, {
    description:
      'Its organizer or MODERATOR+. In a series it changes this occurrence only (an exception); attendees are told of a new time or place.',
  })
  @ActiveMember()
  async updateEvent(
    @Args() { id, input }: UpdateEventArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EventObject> {
    return this.toObject(await this.changes.update(viewer, id, input));
  }

  @Mutation(() => EventObject, { description: 'Its organizer or MODERATOR+; attendees are told.' })
  @ActiveMember()
  async cancelEvent(
    @Args() { id, andFollowing }: CancelEventArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EventObject> {
    return this.toObject(await this.changes.cancel(viewer, id, andFollowing));
  }

  @Mutation(() => Int, {
    description: `Its organizer or MODERATOR+: a message to everyone coming; returns how many were told.`,
  })
  @ActiveMember()
  async messageEventAttendees(
    @Args() { id, message }: MessageAttendeesArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return this.messages.send(viewer, id, message);
  }

  @Mutation(() => RsvpObject, { description: 'ACTIVE members; GOING when full is waitlisted.' })
  @ActiveMember()
  async rsvp(
    @Args() { eventId, status }: RsvpArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RsvpObject> {
    return toRsvp(await this.rsvps.answer(viewer, eventId, status));
  }

  @ResolveField(() => Int, { description: 'Seats taken.' })
  async goingCount(@Parent() e: EventObject, @Context() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.get(this.seats).load(e.id)).going;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() e: EventObject, @Context() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.get(this.seats).load(e.id)).waitlisted;
  }

  @ResolveField(() => RsvpObject, { nullable: true })
  async viewerRsvp(
    @Parent() e: EventObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<RsvpObject | null> {
    if (!viewer) return null;
    const rsvp = await ctx.loaders.get(this.viewerRsvps).load(`${viewer.memberId}|${e.id}`);
    return rsvp ? toRsvp(rsvp) : null;
  }

  @ResolveField(() => MemberObject)
  async organizer(
    @Parent() e: EventObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(e.organizerId))!, viewer);
  }

  @ResolveField(() => PlaceObject, { nullable: true })
  async place(
    @Parent() e: EventObject,
    @Context() ctx: GraphQLContext,
  ): Promise<PlaceObject | null> {
    if (!e.placeId) return null;
    const place = await ctx.loaders.get(this.places).load(e.placeId);
    return place && !place.hiddenAt ? toPlaceObject(place) : null;
  }

  @ResolveField(() => [EventAttendeeObject], {
    nullable: true,
    description:
      'Its organizer and moderators: who comes and who waits, in order; null for others.',
  })
  async attendees(
    @Parent() e: EventObject,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<EventAttendeeObject[] | null> {
    const event = await this.agenda.find(e.id);
    if (!event || !this.agenda.canManage(viewer, event)) return null;
    const rows = await this.agenda.attendees(e.id);
    return rows.map((r) => ({
      member: toMemberObject(r.member!, viewer),
      status: r.status,
      waitlisted: r.waitlisted,
    }));
  }
}
