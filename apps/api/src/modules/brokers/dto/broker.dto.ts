import {
  BROKER_ROLES,
  BROKER_SORTS,
  type BrokerRole,
  LEGAL_STATUSES,
  type LegalStatus,
  type Sex,
  SEXES,
} from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { RecordMetaDto, Versioned } from 'src/common/records/record-meta.dto';
import {
  CountryCodeField,
  EnumField,
  IntField,
  TextField,
  TextListField,
  UuidField,
} from 'src/common/validation/fields';
import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export class BrokerResponseDto extends RecordMetaDto {
  @ApiProperty({ example: 'B-0042' }) refCode!: string;
  @ApiProperty({ type: String, nullable: true }) nameKm!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameLatin!: string | null;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ enum: SEXES, enumName: 'Sex' }) sex!: Sex;
  @ApiProperty({ type: Number, nullable: true }) birthYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) nationality!: string | null;
  @ApiProperty({ type: PlaceSummaryDto, nullable: true }) homePlace!: PlaceSummaryDto | null;
  @ApiProperty({ enum: BROKER_ROLES, enumName: 'BrokerRole' }) role!: BrokerRole;
  @ApiProperty({ enum: LEGAL_STATUSES, enumName: 'LegalStatus' }) legalStatus!: LegalStatus;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class BrokerPageResponseDto extends PageResponse(BrokerResponseDto) {}

export class CreateBrokerDto {
  @TextField('nameKm', 200, { optional: true, example: 'សុខ សុខា' }) nameKm?: string | null;
  @TextField('nameLatin', 200, { optional: true, example: 'Sok Sokha' }) nameLatin?: string | null;
  @TextListField('aliases', 30, 200, {
    optional: true,
    nullable: false,
    example: ['Ma Sokha', 'Bong Kha'],
  })
  aliases?: string[];
  @EnumField('sex', SEXES, 'Sex', { optional: true, nullable: false }) sex?: Sex;
  @IntField('birthYear', 1900, 2100, { optional: true }) birthYear?: number | null;
  @CountryCodeField('nationality', { optional: true }) nationality?: string | null;
  @UuidField('homePlaceId', { optional: true, description: 'Home village (a place id)' })
  homePlaceId?: string | null;
  @EnumField('role', BROKER_ROLES, 'BrokerRole') role!: BrokerRole;
  @EnumField('legalStatus', LEGAL_STATUSES, 'LegalStatus', { optional: true, nullable: false })
  legalStatus?: LegalStatus;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class UpdateBrokerDto extends Versioned(CreateBrokerDto) {}

export class ListBrokersQueryDto extends RecordListQueryDto {
  @SortField(BROKER_SORTS) sort?: (typeof BROKER_SORTS)[number];
  @EnumField('role', BROKER_ROLES, 'BrokerRole', { optional: true, nullable: false })
  role?: BrokerRole;
  @EnumField('legalStatus', LEGAL_STATUSES, 'LegalStatus', { optional: true, nullable: false })
  legalStatus?: LegalStatus;
  @UuidField('homePlaceId', {
    optional: true,
    nullable: false,
    description: 'Brokers from this place or any place inside it',
  })
  homePlaceId?: string;
}
