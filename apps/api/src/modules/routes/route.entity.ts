import { RECRUITMENT_CHANNELS, type RecruitmentChannel } from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

@Entity('routes')
export class RouteEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'ref_code', type: 'text', insert: false }) refCode!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'origin_place_id', type: 'uuid' }) originPlaceId!: string;
  @Column({ name: 'destination_compound_id', type: 'uuid', nullable: true })
  destinationCompoundId!: string | null;
  @Column({ name: 'destination_place_id', type: 'uuid', nullable: true }) destinationPlaceId!:
    string | null;
  @Column({ name: 'lure_job', type: 'text', nullable: true }) lureJob!: string | null;
  @Column({
    name: 'lure_channel',
    type: 'enum',
    enum: RECRUITMENT_CHANNELS,
    enumName: 'recruitment_channel',
    nullable: true,
  })
  lureChannel!: RecruitmentChannel | null;
  // numeric comes back from pg as a string; the mapper converts it.
  @Column({ name: 'money_advanced', type: 'numeric', precision: 14, scale: 2, nullable: true })
  moneyAdvanced!: string | null;
  @Column({ type: 'char', length: 3, nullable: true }) currency!: string | null;
  @Column({ name: 'first_seen', type: 'date', nullable: true }) firstSeen!: string | null;
  @Column({ name: 'last_seen', type: 'date', nullable: true }) lastSeen!: string | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
