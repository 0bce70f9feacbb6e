import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  InjectConfig,
  SignedIn,
  type AppConfig,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { SESSION_COOKIE } from '@wide-open/shared/contracts';
import { AccountDeletionService } from './deletion/account-deletion.service';
import { DataExportObject } from './dto/data-export.object';
import { toDataExportObject } from './dto/data-export.mapper';
import { DataExportArgs, DeleteAccountArgs } from './dto/privacy.args';
import { DataExportsService } from './exports/data-exports.service';

/** A member's data rights: a copy of their data, and leaving for good. */
@Resolver(() => DataExportObject)
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportsService,
    private readonly deletion: AccountDeletionService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Mutation(() => DataExportObject, {
    description:
      'Queues an archive of everything the viewer wrote and their profile; while one is waiting or running, answers that one.',
  })
  @SignedIn()
  async requestDataExport(@CurrentViewer() viewer: Viewer): Promise<DataExportObject> {
    return toDataExportObject(await this.exports.request(viewer));
  }

  @Query(() => [DataExportObject], {
    description: 'The viewer’s latest exports (up to 10), newest first.',
  })
  @SignedIn()
  async myDataExports(@CurrentViewer() viewer: Viewer): Promise<DataExportObject[]> {
    return (await this.exports.list(viewer)).map(toDataExportObject);
  }

  @Query(() => DataExportObject, {
    description: 'One of the viewer’s exports; NOT_FOUND otherwise.',
  })
  @SignedIn()
  async dataExport(
    @Args() { id }: DataExportArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DataExportObject> {
    return toDataExportObject(await this.exports.get(viewer, id));
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the viewer’s account after checking their password: personal data removed, signed out everywhere, public contributions kept as "former member".',
  })
  @SignedIn()
  async deleteAccount(
    @Args() { password }: DeleteAccountArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.deletion.delete(viewer, password);
    ctx.res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.http.publicUrl.startsWith('https:'),
      path: '/',
    });
    return true;
  }
}
