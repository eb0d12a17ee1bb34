import {
  BROKER_ROLES,
  type BrokerRole,
  LEGAL_STATUSES,
  type LegalStatus,
  type Sex,
  SEXES,
} from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

@Entity('brokers')
export class BrokerEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'ref_code', type: 'text', insert: false }) refCode!: string;
  @Column({ name: 'name_km', type: 'text', nullable: true }) nameKm!: string | null;
  @Column({ name: 'name_latin', type: 'text', nullable: true }) nameLatin!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) aliases!: string[];
  @Column({ type: 'enum', enum: SEXES, enumName: 'sex', default: 'unknown' }) sex!: Sex;
  @Column({ name: 'birth_year', type: 'integer', nullable: true }) birthYear!: number | null;
  @Column({ type: 'char', length: 2, nullable: true }) nationality!: string | null;
  @Column({ name: 'home_place_id', type: 'uuid', nullable: true }) homePlaceId!: string | null;
  @Column({ type: 'enum', enum: BROKER_ROLES, enumName: 'broker_role' }) role!: BrokerRole;
  @Column({
    name: 'legal_status',
    type: 'enum',
    enum: LEGAL_STATUSES,
    enumName: 'legal_status',
    default: 'unknown',
  })
  legalStatus!: LegalStatus;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
