import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.tokens';

@ObjectType('PlatformSettings', {
  description: 'What the web app needs to know of the configuration.',
})
export class PlatformSettingsObject {
  @Field(() => String, {
    nullable: true,
    description:
      'Street-level map tiles ({z}/{x}/{y} template); null means the bundled world basemap only.',
  })
  mapTileUrl!: string | null;
  @Field(() => Int, { description: 'Largest accepted upload, in bytes.' }) uploadMaxBytes!: number;
}

@Resolver(() => PlatformSettingsObject)
export class PlatformSettingsResolver {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  @Query(() => PlatformSettingsObject)
  @Public()
  platformSettings(): PlatformSettingsObject {
    return {
      mapTileUrl: this.config.mapTileUrl ?? null,
      uploadMaxBytes: this.config.uploads.maxBytes,
    };
  }
}
