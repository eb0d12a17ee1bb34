import {
  type Broker,
  BROKER_ROLES,
  BROKER_SORTS,
  type BrokerRole,
  LEGAL_STATUSES,
  type LegalStatus,
  type Sex,
  SEXES,
} from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { RecordMetaDto } from 'src/common/registry/record-meta.dto';
import {
  CountryCodeField,
  EnumField,
  IntField,
  TextField,
  TextListField,
  UuidField,
  VersionField,
} from 'src/common/validation/fields';
import { PageQueryDto } from 'src/common/validation/page-query.dto';
import { booleanFromQuery } from 'src/common/validation/transforms';
import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export class BrokerResponseDto extends RecordMetaDto implements Broker {
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

export class BrokerPageResponseDto {
  @ApiProperty({ type: [BrokerResponseDto] }) items!: BrokerResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

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

export class UpdateBrokerDto {
  @VersionField() version!: number;
  @TextField('nameKm', 200, { optional: true }) nameKm?: string | null;
  @TextField('nameLatin', 200, { optional: true }) nameLatin?: string | null;
  @TextListField('aliases', 30, 200, { optional: true, nullable: false }) aliases?: string[];
  @EnumField('sex', SEXES, 'Sex', { optional: true, nullable: false }) sex?: Sex;
  @IntField('birthYear', 1900, 2100, { optional: true }) birthYear?: number | null;
  @CountryCodeField('nationality', { optional: true }) nationality?: string | null;
  @UuidField('homePlaceId', { optional: true }) homePlaceId?: string | null;
  @EnumField('role', BROKER_ROLES, 'BrokerRole', { optional: true, nullable: false })
  role?: BrokerRole;
  @EnumField('legalStatus', LEGAL_STATUSES, 'LegalStatus', { optional: true, nullable: false })
  legalStatus?: LegalStatus;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class ListBrokersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BROKER_SORTS })
  @IsOptional()
  @IsIn(BROKER_SORTS, { message: `sort must be one of: ${BROKER_SORTS.join(', ')}` })
  sort?: (typeof BROKER_SORTS)[number];

  @ApiPropertyOptional({ description: 'Part of a name, alias or reference code, in either script' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @EnumField('role', BROKER_ROLES, 'BrokerRole', { optional: true, nullable: false })
  role?: BrokerRole;
  @EnumField('legalStatus', LEGAL_STATUSES, 'LegalStatus', { optional: true, nullable: false })
  legalStatus?: LegalStatus;
  @UuidField('homePlaceId', {
    optional: true,
    description: 'Brokers from this place or any place inside it',
  })
  homePlaceId?: string;

  @ApiPropertyOptional({ description: 'Show archived records instead of active ones' })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}
