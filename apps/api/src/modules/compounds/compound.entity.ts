import {
  type CompoundIndicator,
  COMPOUND_STATUSES,
  type CompoundStatus,
  type ScamType,
} from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

@Entity('compounds')
export class CompoundEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'ref_code', type: 'text', insert: false }) refCode!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) aliases!: string[];
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'place_id', type: 'uuid', nullable: true }) placeId!: string | null;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'double precision', nullable: true }) lat!: number | null;
  @Column({ type: 'double precision', nullable: true }) lng!: number | null;
  @Column({ type: 'text', nullable: true }) operator!: string | null;
  @Column({ name: 'scam_types', type: 'text', array: true, default: () => "'{}'" })
  scamTypes!: ScamType[];
  @Column({
    type: 'enum',
    enum: COMPOUND_STATUSES,
    enumName: 'compound_status',
    default: 'suspected',
  })
  status!: CompoundStatus;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) indicators!: CompoundIndicator[];
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
