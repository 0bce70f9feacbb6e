export * from './lib/demo.module';
export { DEMO_PASSWORD, demoMembers } from './lib/demo-seed.service';
