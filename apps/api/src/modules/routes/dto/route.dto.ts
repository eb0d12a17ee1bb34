import {
  RECRUITMENT_CHANNELS,
  type RecruitmentChannel,
  ROUTE_SORTS,
  TRAVEL_MODES,
  type TravelMode,
} from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO4217CurrencyCode,
  IsNumber,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { RecordMetaDto, Versioned } from 'src/common/records/record-meta.dto';
import { DateField, EnumField, TextField, UuidField } from 'src/common/validation/fields';
import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export const ROUTE_LEGS_MAX = 30;
/** numeric(14, 2): twelve digits before the point. */
const MONEY_MAX = 999_999_999_999.99;

export class BrokerBriefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'B-0042' }) refCode!: string;
  @ApiProperty({ example: 'Sok Sokha' }) label!: string;
}

export class CompoundBriefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-0007' }) refCode!: string;
  @ApiProperty({ example: 'Jin Bei 4' }) name!: string;
}

export class RouteLegResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Order in the route, from 0' }) position!: number;
  @ApiProperty({ type: PlaceSummaryDto }) fromPlace!: PlaceSummaryDto;
  @ApiProperty({ type: PlaceSummaryDto }) toPlace!: PlaceSummaryDto;
  @ApiProperty({ enum: TRAVEL_MODES, enumName: 'TravelMode' }) mode!: TravelMode;
  @ApiProperty({ type: String, format: 'date', nullable: true }) departedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) arrivedOn!: string | null;
  @ApiProperty({ type: BrokerBriefDto, nullable: true, description: 'Who facilitated the leg' })
  broker!: BrokerBriefDto | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class RouteResponseDto extends RecordMetaDto {
  @ApiProperty({ example: 'R-0003' }) refCode!: string;
  @ApiProperty({ example: 'Ou Thum to Jin Bei via Poipet' }) name!: string;
  @ApiProperty({ type: PlaceSummaryDto }) originPlace!: PlaceSummaryDto;
  @ApiProperty({ type: CompoundBriefDto, nullable: true })
  destinationCompound!: CompoundBriefDto | null;
  @ApiProperty({ type: PlaceSummaryDto, nullable: true }) destinationPlace!: PlaceSummaryDto | null;
  @ApiProperty({ type: String, nullable: true }) lureJob!: string | null;
  @ApiProperty({ enum: RECRUITMENT_CHANNELS, enumName: 'RecruitmentChannel', nullable: true })
  lureChannel!: RecruitmentChannel | null;
  @ApiProperty({ type: Number, nullable: true }) moneyAdvanced!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'USD' }) currency!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstSeen!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastSeen!: string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: [RouteLegResponseDto] }) legs!: RouteLegResponseDto[];
}

export class RoutePageResponseDto extends PageResponse(RouteResponseDto) {}

/** One leg as sent; its position is its index in `legs`. */
export class RouteLegInputDto {
  @UuidField('fromPlaceId') fromPlaceId!: string;
  @UuidField('toPlaceId') toPlaceId!: string;
  @EnumField('mode', TRAVEL_MODES, 'TravelMode') mode!: TravelMode;
  @DateField('departedOn', { optional: true }) departedOn?: string | null;
  @DateField('arrivedOn', { optional: true }) arrivedOn?: string | null;
  @UuidField('brokerId', { optional: true, description: 'The broker who facilitated the leg' })
  brokerId?: string | null;
  @TextField('notes', 2_000, { optional: true }) notes?: string | null;
}

/** An amount of money: a JSON number, never a string, at least 0, with at most two decimals. */
const MoneyField = (field: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MONEY_MAX }),
    IsOptional(),
    IsNumber(
      { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
      { message: `${field} must be a number with at most two decimals` },
    ),
    Min(0, { message: `${field} must be at least 0` }),
    Max(MONEY_MAX, { message: `${field} is too large` }),
  );

const CurrencyField = (field: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      example: 'USD',
      description: 'ISO 4217',
    }),
    IsOptional(),
    Matches(/^[A-Z]{3}$/, { message: `${field} must be an ISO 4217 currency code such as USD` }),
    IsISO4217CurrencyCode({ message: `${field} must be an ISO 4217 currency code such as USD` }),
  );

/** The ordered legs; a problem in one is named like `legs[1].fromPlaceId`. */
const LegsField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: [RouteLegInputDto],
      maxItems: ROUTE_LEGS_MAX,
      description: 'The whole ordered list of legs; on update it replaces the current one',
    }),
    // Omitted keeps the legs; null is refused (an empty list clears them).
    ValidateIf((dto: { legs?: unknown }) => dto.legs !== undefined),
    IsArray({ message: 'legs must be a list' }),
    ArrayMaxSize(ROUTE_LEGS_MAX, { message: `legs may have at most ${ROUTE_LEGS_MAX} entries` }),
    IsObject({ each: true, message: 'legs entries must be objects' }),
    ValidateNested({ each: true }),
    Type(() => RouteLegInputDto),
  );

export class CreateRouteDto {
  @TextField('name', 200, { example: 'Ou Thum to Jin Bei via Poipet' }) name!: string;
  @UuidField('originPlaceId', { description: 'Home village or town where recruitment happened' })
  originPlaceId!: string;
  @UuidField('destinationCompoundId', { optional: true }) destinationCompoundId?: string | null;
  @UuidField('destinationPlaceId', {
    optional: true,
    description: 'When the destination is not a known compound',
  })
  destinationPlaceId?: string | null;
  @TextField('lureJob', 500, { optional: true, example: 'Casino work in Sihanoukville' })
  lureJob?: string | null;
  @EnumField('lureChannel', RECRUITMENT_CHANNELS, 'RecruitmentChannel', { optional: true })
  lureChannel?: RecruitmentChannel | null;
  @MoneyField('moneyAdvanced') moneyAdvanced?: number | null;
  @CurrencyField('currency') currency?: string | null;
  @DateField('firstSeen', { optional: true }) firstSeen?: string | null;
  @DateField('lastSeen', { optional: true }) lastSeen?: string | null;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
  @LegsField() legs?: RouteLegInputDto[];
}

export class UpdateRouteDto extends Versioned(CreateRouteDto) {}

export class ListRoutesQueryDto extends RecordListQueryDto {
  @SortField(ROUTE_SORTS) sort?: (typeof ROUTE_SORTS)[number];
  @UuidField('originPlaceId', {
    optional: true,
    nullable: false,
    description: 'Routes starting in this place or any place inside it',
  })
  originPlaceId?: string;
  @UuidField('destinationCompoundId', { optional: true, nullable: false })
  destinationCompoundId?: string;
  @UuidField('brokerId', {
    optional: true,
    nullable: false,
    description: 'Routes with a leg this broker facilitated',
  })
  brokerId?: string;
  @EnumField('lureChannel', RECRUITMENT_CHANNELS, 'RecruitmentChannel', {
    optional: true,
    nullable: false,
  })
  lureChannel?: RecruitmentChannel;
}
