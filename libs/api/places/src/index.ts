export * from './lib/places.module';
export * from './lib/places.service';
export * from './lib/entities/place.entity';
export * from './lib/entities/place-member.entity';
export * from './lib/entities/place-follower.entity';
export * from './lib/entities/place-photo.entity';
export * from './lib/entities/lesson.entity';
export * from './lib/dto/place.object';
