export * from './lib/places.module';
export * from './lib/places.service';
export * from './lib/entities/place.entity';
export * from './lib/dto/place.object';
