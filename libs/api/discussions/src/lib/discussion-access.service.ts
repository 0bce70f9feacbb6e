import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError, type Viewer } from '@wide-open/api/core';
import { MemberRole, roleAtLeast } from '@wide-open/shared/contracts';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';

/** Hidden threads exist only for moderators and their author; everything else is NOT_FOUND. */
@Injectable()
export class DiscussionAccessService {
  constructor(
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
  ) {}

  isModerator(viewer?: Viewer): boolean {
    return !!viewer && roleAtLeast(viewer.role, MemberRole.MODERATOR);
  }

  canSee(viewer: Viewer | undefined, thread: ThreadEntity): boolean {
    return !thread.hiddenAt || this.isModerator(viewer) || thread.authorId === viewer?.memberId;
  }

  async thread(viewer: Viewer | undefined, threadId: string): Promise<ThreadEntity> {
    const thread = await this.threads.findOneBy({ id: threadId });
    if (!thread || !this.canSee(viewer, thread)) throw new NotFoundError('Thread');
    return thread;
  }

  async post(
    viewer: Viewer | undefined,
    postId: string,
  ): Promise<{ post: PostEntity; thread: ThreadEntity }> {
    const post = await this.posts.findOneBy({ id: postId });
    if (!post) throw new NotFoundError('Post');
    const thread = await this.thread(viewer, post.threadId).catch(() => {
      throw new NotFoundError('Post');
    });
    if (post.hiddenAt && !this.isModerator(viewer) && post.authorId !== viewer?.memberId)
      throw new NotFoundError('Post');
    return { post, thread };
  }
}
