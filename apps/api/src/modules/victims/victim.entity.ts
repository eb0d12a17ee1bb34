import {
  AGE_BANDS,
  type AgeBand,
  EXPLOITATION_TYPES,
  type ExploitationType,
  type MeansOfControl,
  RECRUITMENT_CHANNELS,
  type RecruitmentChannel,
  type Sex,
  SEXES,
  VICTIM_STATUSES,
  type VictimStatus,
} from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

/** The pseudonymous victim record. The identity lives in victim_identities. */
@Entity('victims')
export class VictimEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', insert: false }) code!: string;
  @Column({ type: 'enum', enum: SEXES, enumName: 'sex', default: 'unknown' }) sex!: Sex;
  @Column({
    name: 'age_band',
    type: 'enum',
    enum: AGE_BANDS,
    enumName: 'age_band',
    default: 'unknown',
  })
  ageBand!: AgeBand;
  @Column({ type: 'char', length: 2, nullable: true }) nationality!: string | null;
  @Column({ name: 'home_place_id', type: 'uuid', nullable: true }) homePlaceId!: string | null;
  @Column({ name: 'recruited_on', type: 'date', nullable: true }) recruitedOn!: string | null;
  @Column({ name: 'job_promised', type: 'text', nullable: true }) jobPromised!: string | null;
  @Column({
    name: 'recruitment_channel',
    type: 'enum',
    enum: RECRUITMENT_CHANNELS,
    enumName: 'recruitment_channel',
    nullable: true,
  })
  recruitmentChannel!: RecruitmentChannel | null;
  @Column({
    name: 'exploitation_type',
    type: 'enum',
    enum: EXPLOITATION_TYPES,
    enumName: 'exploitation_type',
    nullable: true,
  })
  exploitationType!: ExploitationType | null;
  @Column({ name: 'means_of_control', type: 'text', array: true, default: () => "'{}'" })
  meansOfControl!: MeansOfControl[];
  @Column({ type: 'enum', enum: VICTIM_STATUSES, enumName: 'victim_status', default: 'missing' })
  status!: VictimStatus;
  @Column({ name: 'consent_to_share', type: 'boolean', default: false }) consentToShare!: boolean;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
