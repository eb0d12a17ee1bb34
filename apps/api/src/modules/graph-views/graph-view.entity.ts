import type { GraphViewCanvas } from '@khsae/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A named canvas of the graph workbench; only its owner ever sees it. */
@Entity('graph_views')
export class GraphViewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ type: 'text' }) name!: string;
  // Large: list queries leave it out.
  @Column({ type: 'jsonb', select: false }) canvas!: GraphViewCanvas;
  @Column({ name: 'node_count', type: 'integer', default: 0 }) nodeCount!: number;
  // Checked by hand in UPDATE ... WHERE version = $n: TypeORM's @VersionColumn does not check it.
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
}
