export * from './lib/enums';
export * from './lib/limits';
export * from './lib/socket-events';
export * from './lib/countries';
export * from './lib/zoned-time';
