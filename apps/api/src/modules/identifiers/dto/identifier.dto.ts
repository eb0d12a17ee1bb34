import {
  IDENTIFIER_HOLDER_KINDS,
  IDENTIFIER_KINDS,
  type IdentifierHolderKind,
  type IdentifierKind,
  SEARCH_LIMIT_MAX,
  SEARCH_MIN_LENGTH,
} from '@khsae/domain';
import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

import { fieldError } from 'src/common/errors/field-errors';
import { EnumField, TextField, UuidField } from 'src/common/validation/fields';
import { RecordRefDto } from 'src/common/records/record-ref.dto';

export class IdentifierBriefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IDENTIFIER_KINDS, enumName: 'IdentifierKind' }) kind!: IdentifierKind;
  @ApiProperty({
    example: '+85512345678',
    description: 'Normalised: E.164 for phones, lower-case without @ for handles',
  })
  value!: string;
  @ApiProperty({ example: '+855 12 345 678' }) display!: string;
}

export class IdentifierResponseDto extends IdentifierBriefDto {
  @ApiProperty({
    type: [RecordRefDto],
    description:
      "Records holding it now that the caller may see; a victim only by its code, and only to those who may read the victim's identity",
  })
  holders!: RecordRefDto[];
  @ApiProperty({
    format: 'date-time',
    description:
      'When it was recorded; when holders are hidden from the caller, when the first one shown was attached',
  })
  createdAt!: string;
}

/** On a record's page: "shares +855 12 345 678 with Broker B-0042". */
export class SharedIdentifierDto {
  @ApiProperty({ type: IdentifierBriefDto }) identifier!: IdentifierBriefDto;
  @ApiProperty({ type: [RecordRefDto], description: 'The other records holding it' })
  others!: RecordRefDto[];
}

export class AttachIdentifierDto {
  @EnumField('kind', IDENTIFIER_KINDS, 'IdentifierKind') kind!: IdentifierKind;
  @TextField('value', 200, {
    example: '012 345 678',
    description: 'As written; it is normalised (Cambodian phone numbers may omit +855)',
  })
  value!: string;
  @EnumField('holderKind', IDENTIFIER_HOLDER_KINDS, 'IdentifierHolderKind')
  holderKind!: IdentifierHolderKind;
  @UuidField('holderId') holderId!: string;
}

/** Identifiers found by value. */
export class SearchIdentifiersQueryDto {
  @ApiProperty({
    description: 'Find identifiers by value, written any way ("012 345 678", "@handle")',
    minLength: SEARCH_MIN_LENGTH,
    maxLength: 100,
  })
  @IsString({ message: 'q must be text' })
  @MinLength(SEARCH_MIN_LENGTH, { message: `q must be at least ${SEARCH_MIN_LENGTH} characters` })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q!: string;
  @EnumField('kind', IDENTIFIER_KINDS, 'IdentifierKind', {
    optional: true,
    nullable: false,
    description: 'Only identifiers of this kind',
  })
  kind?: IdentifierKind;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_LIMIT_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(SEARCH_LIMIT_MAX, { message: `limit must be at most ${SEARCH_LIMIT_MAX}` })
  limit: number = 20;
}

/** A record's identifiers, each with the other records sharing it. */
export class SharedIdentifiersQueryDto {
  @EnumField('holderKind', IDENTIFIER_HOLDER_KINDS, 'IdentifierHolderKind')
  holderKind!: IdentifierHolderKind;
  @UuidField('holderId') holderId!: string;
}

class HolderKindPipe implements PipeTransform<unknown, IdentifierHolderKind> {
  constructor(private readonly name: string) {}

  transform(value: unknown): IdentifierHolderKind {
    if (IDENTIFIER_HOLDER_KINDS.includes(value as IdentifierHolderKind)) {
      return value as IdentifierHolderKind;
    }
    throw fieldError(this.name, `must be one of: ${IDENTIFIER_HOLDER_KINDS.join(', ')}`);
  }
}

/** A route segment naming the kind of record holding an identifier; anything else is a 400. */
export const HolderKindParam = (name: string) => Param(name, new HolderKindPipe(name));

/** The OpenAPI description of that segment, with its enum. */
export const ApiHolderKindParam = (name: string) =>
  ApiParam({ name, enum: IDENTIFIER_HOLDER_KINDS, enumName: 'IdentifierHolderKind' });
