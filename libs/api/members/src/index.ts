export * from './lib/members.module';
export * from './lib/directory.service';
