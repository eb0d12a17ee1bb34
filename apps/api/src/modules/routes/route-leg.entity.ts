import { TRAVEL_MODES, type TravelMode } from '@khsae/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('route_legs')
export class RouteLegEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'route_id', type: 'uuid' }) routeId!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'from_place_id', type: 'uuid' }) fromPlaceId!: string;
  @Column({ name: 'to_place_id', type: 'uuid' }) toPlaceId!: string;
  @Column({ type: 'enum', enum: TRAVEL_MODES, enumName: 'travel_mode' }) mode!: TravelMode;
  @Column({ name: 'departed_on', type: 'date', nullable: true }) departedOn!: string | null;
  @Column({ name: 'arrived_on', type: 'date', nullable: true }) arrivedOn!: string | null;
  @Column({ name: 'broker_id', type: 'uuid', nullable: true }) brokerId!: string | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}
