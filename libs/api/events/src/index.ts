export * from './lib/events.module';
export * from './lib/entities/event.entity';
export * from './lib/entities/event-rsvp.entity';
export * from './lib/event-reminders.service';
