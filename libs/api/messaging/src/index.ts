export * from './lib/messaging.module';
export * from './lib/entities/conversation.entity';
export * from './lib/entities/conversation-participant.entity';
export * from './lib/entities/message.entity';
export * from './lib/entities/member-block.entity';
