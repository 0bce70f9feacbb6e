import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { PlacesModule } from '@wide-open/api/places';
import { UploadsModule } from '@wide-open/api/uploads';
import { CalendarController } from './calendar.controller';
import { EventRsvpEntity } from './entities/event-rsvp.entity';
import { EventEntity } from './entities/event.entity';
import { EventChangesService } from './event-changes.service';
import { EventMessagesService } from './event-messages.service';
import { EventRemindersService } from './event-reminders.service';
import { EventSeatsLoader, ViewerRsvpLoader } from './event.loaders';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { RsvpService } from './rsvp.service';

/** Ambassadors' events: the agenda, series, RSVPs with a waiting list, iCalendar feeds. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EventEntity, EventRsvpEntity]),
    NotificationsModule,
    PlacesModule,
    UploadsModule,
  ],
  controllers: [CalendarController],
  providers: [
    EventChangesService,
    EventMessagesService,
    EventRemindersService,
    EventSeatsLoader,
    EventsResolver,
    EventsService,
    RsvpService,
    ViewerRsvpLoader,
  ],
  exports: [EventRemindersService],
})
export class EventsModule {}
