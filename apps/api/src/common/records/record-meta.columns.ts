import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** The columns every registry record has: optimistic locking, who created it, soft archive. */
export abstract class RecordMetaColumns {
  // Checked by hand in UPDATE ... WHERE version = $n: TypeORM's @VersionColumn does not check it.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archived_by', type: 'uuid', nullable: true })
  archivedBy!: string | null;
}
