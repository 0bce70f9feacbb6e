import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A forum category, named in French and English. Seeded by the migrations; moderators edit. */
@Entity('categories')
export class CategoryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index('categories_slug_key', { unique: true })
  @Column('varchar', { length: 60 })
  slug!: string;
  @Column('varchar', { name: 'name_en', length: 80 }) nameEn!: string;
  @Column('varchar', { name: 'name_fr', length: 80 }) nameFr!: string;
  @Column('varchar', { name: 'description_en', length: 300 }) descriptionEn!: string;
  @Column('varchar', { name: 'description_fr', length: 300 }) descriptionFr!: string;
  @Column('smallint') position!: number;
}
