import { ROLES, type Role } from '@khsae/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  // Null until the user redeems a one-time code: no one else ever knows an account's password.
  @Column({ name: 'password_hash', type: 'text', select: false, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  // Checked by hand in UPDATE ... WHERE version = $n: TypeORM's @VersionColumn does not check it.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
