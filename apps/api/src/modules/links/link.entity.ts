import {
  CONFIDENCE_GRADES,
  type ConfidenceGrade,
  LINK_SOURCES,
  LINK_TYPES,
  type LinkSource,
  type LinkType,
  RECORD_KINDS,
  type RecordKind,
} from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordMetaColumns } from 'src/common/records/record-meta.columns';

/** A typed, dated, sourced edge between two registry records. */
@Entity('links')
export class LinkEntity extends RecordMetaColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'from_kind', type: 'enum', enum: RECORD_KINDS, enumName: 'record_kind' })
  fromKind!: RecordKind;
  @Column({ name: 'from_id', type: 'uuid' }) fromId!: string;
  @Column({ name: 'to_kind', type: 'enum', enum: RECORD_KINDS, enumName: 'record_kind' })
  toKind!: RecordKind;
  @Column({ name: 'to_id', type: 'uuid' }) toId!: string;
  @Column({ type: 'enum', enum: LINK_TYPES, enumName: 'link_type' }) type!: LinkType;
  @Column({ name: 'started_on', type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ type: 'text', nullable: true }) evidence!: string | null;
  @Column({ type: 'enum', enum: LINK_SOURCES, enumName: 'link_source' }) source!: LinkSource;
  @Column({ name: 'source_ref', type: 'text', nullable: true }) sourceRef!: string | null;
  @Column({
    type: 'enum',
    enum: CONFIDENCE_GRADES,
    enumName: 'confidence_grade',
    default: 'unverified',
  })
  confidence!: ConfidenceGrade;
}
