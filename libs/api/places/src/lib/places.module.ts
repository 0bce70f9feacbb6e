import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceEntity } from './entities/place.entity';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({
  imports: [TypeOrmModule.forFeature([PlaceEntity])],
  providers: [PlacesResolver, PlacesService],
  exports: [PlacesService, TypeOrmModule],
})
export class PlacesModule {}
