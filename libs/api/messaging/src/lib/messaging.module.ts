import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { BlocksService } from './blocks.service';
import { ConversationWatchers } from './conversation-watchers';
import { ConversationsService } from './conversations.service';
import { ConversationParticipantEntity } from './entities/conversation-participant.entity';
import { ConversationEntity } from './entities/conversation.entity';
import { MemberBlockEntity } from './entities/member-block.entity';
import { MessageEntity } from './entities/message.entity';
import { messagingLoaders } from './loaders/messaging.loaders';
import { MessagingGateway } from './messaging.gateway';
import { ConversationsResolver, MessageFieldsResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConversationEntity,
      ConversationParticipantEntity,
      MessageEntity,
      MemberBlockEntity,
    ]),
    NotificationsModule,
  ],
  providers: [
    ...messagingLoaders,
    BlocksService,
    ConversationWatchers,
    ConversationsResolver,
    ConversationsService,
    MessageFieldsResolver,
    MessagingGateway,
    MessagingService,
  ],
})
export class MessagingModule {}
