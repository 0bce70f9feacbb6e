import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlocksService } from './blocks.service';
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
  ],
  providers: [
    ...messagingLoaders,
    BlocksService,
    ConversationsResolver,
    ConversationsService,
    MessageFieldsResolver,
    MessagingGateway,
    MessagingService,
  ],
})
export class MessagingModule {}
