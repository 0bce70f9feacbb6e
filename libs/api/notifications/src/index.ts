export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/clock';
export * from './lib/notification-rules';
export * from './lib/entities/notification.entity';
export * from './lib/entities/notification-preference.entity';
export * from './lib/digest/digest.service';
