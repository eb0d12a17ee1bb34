import {
  AGE_BANDS,
  type AgeBand,
  EXPLOITATION_TYPES,
  type ExploitationType,
  MEANS_OF_CONTROL,
  type MeansOfControl,
  RECRUITMENT_CHANNELS,
  type RecruitmentChannel,
  type Sex,
  SEXES,
  VICTIM_SORTS,
  VICTIM_STATUSES,
  type VictimStatus,
} from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO31661Alpha2, IsOptional, Max, Min, ValidateBy } from 'class-validator';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { RecordMetaDto, Versioned } from 'src/common/records/record-meta.dto';
import {
  BooleanField,
  CountryCodeField,
  DateField,
  EnumField,
  EnumListField,
  TextField,
  TextListField,
  UuidField,
} from 'src/common/validation/fields';
import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

const EARLIEST_DATE = '1900-01-01';

/** Today's date where it is latest on Earth (UTC+14): a date someone somewhere can call today is not future. */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** A real date (DateField) that is not in the future and not before 1900. */
const PastDateField = (field: string, description: string) =>
  applyDecorators(
    DateField(field, { optional: true, description }),
    ValidateBy({
      name: 'pastDate',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || (value >= EARLIEST_DATE && value <= latestToday()),
        defaultMessage: () => `${field} must be between ${EARLIEST_DATE} and today`,
      },
    }),
  );

/** The shape check alone lets "XX" through: the code must exist in ISO 3166-1. */
const NationalityField = () =>
  applyDecorators(
    CountryCodeField('nationality', { optional: true }),
    IsISO31661Alpha2({
      message: 'nationality must be an ISO 3166 alpha-2 country code such as KH',
    }),
  );

const ConsentField = () =>
  BooleanField('consentToShare', {
    optional: true,
    nullable: false,
    description: 'The victim agreed that their record may be shared with partner agencies',
  });

export class VictimResponseDto extends RecordMetaDto {
  @ApiProperty({ example: 'V-2026-000123' }) code!: string;
  @ApiProperty({ enum: SEXES, enumName: 'Sex' }) sex!: Sex;
  @ApiProperty({ enum: AGE_BANDS, enumName: 'AgeBand' }) ageBand!: AgeBand;
  @ApiProperty({ type: String, nullable: true }) nationality!: string | null;
  @ApiProperty({ type: PlaceSummaryDto, nullable: true }) homePlace!: PlaceSummaryDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) recruitedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) jobPromised!: string | null;
  @ApiProperty({ enum: RECRUITMENT_CHANNELS, enumName: 'RecruitmentChannel', nullable: true })
  recruitmentChannel!: RecruitmentChannel | null;
  @ApiProperty({ enum: EXPLOITATION_TYPES, enumName: 'ExploitationType', nullable: true })
  exploitationType!: ExploitationType | null;
  @ApiProperty({ enum: MEANS_OF_CONTROL, enumName: 'MeansOfControl', isArray: true })
  meansOfControl!: MeansOfControl[];
  @ApiProperty({ enum: VICTIM_STATUSES, enumName: 'VictimStatus' }) status!: VictimStatus;
  @ApiProperty() consentToShare!: boolean;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({
    description: 'Whether you may read the identity (GET /api/victims/{id}/identity)',
  })
  canReadIdentity!: boolean;
}

export class VictimPageResponseDto extends PageResponse(VictimResponseDto) {}

export class CreateVictimDto {
  @EnumField('sex', SEXES, 'Sex', { optional: true, nullable: false }) sex?: Sex;
  @EnumField('ageBand', AGE_BANDS, 'AgeBand', { optional: true, nullable: false })
  ageBand?: AgeBand;
  @NationalityField() nationality?: string | null;
  @UuidField('homePlaceId', { optional: true, description: 'Home village (a place id)' })
  homePlaceId?: string | null;
  @PastDateField('recruitedOn', 'When the victim was recruited') recruitedOn?: string | null;
  @TextField('jobPromised', 500, { optional: true, example: 'Casino work in Sihanoukville' })
  jobPromised?: string | null;
  @EnumField('recruitmentChannel', RECRUITMENT_CHANNELS, 'RecruitmentChannel', { optional: true })
  recruitmentChannel?: RecruitmentChannel | null;
  @EnumField('exploitationType', EXPLOITATION_TYPES, 'ExploitationType', { optional: true })
  exploitationType?: ExploitationType | null;
  @EnumListField('meansOfControl', MEANS_OF_CONTROL, 'MeansOfControl', { optional: true })
  meansOfControl?: MeansOfControl[] | null;
  @EnumField('status', VICTIM_STATUSES, 'VictimStatus', { optional: true, nullable: false })
  status?: VictimStatus;
  @ConsentField() consentToShare?: boolean;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class UpdateVictimDto extends Versioned(CreateVictimDto) {}

export class ListVictimsQueryDto extends RecordListQueryDto {
  @SortField(VICTIM_SORTS) sort?: (typeof VICTIM_SORTS)[number];
  @EnumField('status', VICTIM_STATUSES, 'VictimStatus', { optional: true, nullable: false })
  status?: VictimStatus;
  @EnumField('sex', SEXES, 'Sex', { optional: true, nullable: false }) sex?: Sex;
  @EnumField('ageBand', AGE_BANDS, 'AgeBand', { optional: true, nullable: false })
  ageBand?: AgeBand;
  @EnumField('exploitationType', EXPLOITATION_TYPES, 'ExploitationType', {
    optional: true,
    nullable: false,
  })
  exploitationType?: ExploitationType;
  @UuidField('homePlaceId', {
    optional: true,
    nullable: false,
    description: 'Victims from this place or any place inside it',
  })
  homePlaceId?: string;
  @DateField('recruitedFrom', {
    optional: true,
    nullable: false,
    description: 'Recruited on or after this date',
  })
  recruitedFrom?: string;
  @DateField('recruitedTo', {
    optional: true,
    nullable: false,
    description: 'Recruited on or before this date',
  })
  recruitedTo?: string;
}

export class VictimIdentityResponseDto {
  @ApiProperty({ format: 'uuid' }) victimId!: string;
  @ApiProperty({ type: String, nullable: true }) fullNameKm!: string | null;
  @ApiProperty({ type: String, nullable: true }) fullNameLatin!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfBirth!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164, e.g. +85512345678' })
  phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactNotes!: string | null;
  @ApiProperty({ type: [String] }) idNumbers!: string[];
  @ApiProperty({
    description: 'Send it back when you change the identity; a stale one answers 409',
  })
  version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** Fields left out stay as they are; null clears one. */
export class PutVictimIdentityDto {
  @ApiPropertyOptional({
    description:
      'The version you last read; leave it out only when the victim has no identity yet. A stale one answers 409',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  @Max(2_147_483_647, { message: 'version is too large' })
  version?: number;
  @TextField('fullNameKm', 200, { optional: true }) fullNameKm?: string | null;
  @TextField('fullNameLatin', 200, { optional: true }) fullNameLatin?: string | null;
  @PastDateField('dateOfBirth', 'Date of birth') dateOfBirth?: string | null;
  @TextField('phone', 40, {
    optional: true,
    description: 'Any usual notation; Cambodian numbers may omit +855. Stored in E.164',
  })
  phone?: string | null;
  @TextField('contactNotes', 2_000, { optional: true }) contactNotes?: string | null;
  @TextListField('idNumbers', 20, 100, {
    optional: true,
    description: 'Passport and national ID numbers',
  })
  idNumbers?: string[] | null;
}
