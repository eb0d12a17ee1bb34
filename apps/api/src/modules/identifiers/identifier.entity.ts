import {
  IDENTIFIER_KINDS,
  type IdentifierKind,
  RECORD_KINDS,
  type RecordKind,
} from '@khsae/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One row per normalised identifier value; records share it through identifier_holders. */
@Entity('identifiers')
export class IdentifierEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'enum', enum: IDENTIFIER_KINDS, enumName: 'identifier_kind' })
  kind!: IdentifierKind;
  @Column({ type: 'text' }) value!: string;
  @Column({ type: 'text' }) display!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('identifier_holders')
export class IdentifierHolderEntity {
  @PrimaryColumn({ name: 'identifier_id', type: 'uuid' }) identifierId!: string;
  @PrimaryColumn({ name: 'holder_kind', type: 'enum', enum: RECORD_KINDS, enumName: 'record_kind' })
  holderKind!: RecordKind;
  @PrimaryColumn({ name: 'holder_id', type: 'uuid' }) holderId!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
}
