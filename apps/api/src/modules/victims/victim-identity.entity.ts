import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A victim's identity: read only through VictimsService, which checks need-to-know and audits the read. */
@Entity('victim_identities')
export class VictimIdentityEntity {
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' }) victimId!: string;
  @Column({ name: 'full_name_km', type: 'text', nullable: true }) fullNameKm!: string | null;
  @Column({ name: 'full_name_latin', type: 'text', nullable: true }) fullNameLatin!: string | null;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'contact_notes', type: 'text', nullable: true }) contactNotes!: string | null;
  @Column({ name: 'id_numbers', type: 'text', array: true, default: () => "'{}'" })
  idNumbers!: string[];
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
}
