import { PLACE_KINDS, type PlaceKind } from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

@Entity('places')
export class PlaceEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'enum', enum: PLACE_KINDS, enumName: 'place_kind' }) kind!: PlaceKind;
  @Column({ type: 'text', nullable: true }) code!: string | null;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'name_km', type: 'text', nullable: true }) nameKm!: string | null;
  @Column({ name: 'name_latin', type: 'text' }) nameLatin!: string;
  @Column({ name: 'name_alt', type: 'text', nullable: true }) nameAlt!: string | null;
  @Column({ name: 'path_latin', type: 'text' }) pathLatin!: string;
  @Column({ name: 'path_km', type: 'text', nullable: true }) pathKm!: string | null;
  @Column({ type: 'double precision', nullable: true }) lat!: number | null;
  @Column({ type: 'double precision', nullable: true }) lng!: number | null;
}
