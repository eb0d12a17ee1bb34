import { cleanText, COUNTRY_CODES } from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

import { trimmed } from 'src/common/validation/transforms';

/**
 * Composite field decorators: validation and OpenAPI in one line, the same everywhere.
 *
 * The one rule for null: `optional` fields may be left out; an optional field may be sent as null to
 * clear it unless `nullable: false` (a column that always has a value, such as a status: leave it
 * out to keep it). A null where no null is allowed is refused with "<field> must have a value", in
 * the DTO, before any service sees it. Update DTOs are `PartialType(Create…, { skipNullProperties:
 * false })`, so the same rule holds there.
 */
type Options = { optional?: boolean; nullable?: boolean; description?: string; example?: unknown };

/** Refuses null with a message naming the field (undefined is left to `optional`). */
const NotNull = (field: string) =>
  ValidateBy({
    name: 'notNull',
    validator: {
      validate: (value: unknown) => value !== null,
      defaultMessage: () => `${field} must have a value`,
    },
  });

const docs = (o: Options, extra: Record<string, unknown> = {}) =>
  o.optional
    ? ApiPropertyOptional({
        nullable: o.nullable !== false,
        description: o.description,
        example: o.example,
        ...extra,
      })
    : ApiProperty({ description: o.description, example: o.example, ...extra });

const optional = (o: Options, field: string) =>
  !o.optional
    ? [NotNull(field)]
    : o.nullable === false
      ? [ValidateIf((obj: Record<string, unknown>) => obj[field] !== undefined), NotNull(field)]
      : [IsOptional()];

const text = (
  field: string,
  max: number,
  o: Options,
  clean: (args: { value: unknown }) => unknown,
) =>
  applyDecorators(
    docs(o, { type: String, maxLength: max }),
    ...optional(o, field),
    Transform(clean),
    IsString({ message: `${field} must be text` }),
    ...(o.optional ? [] : [MinLength(1, { message: `${field} must not be empty` })]),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
  );

export const TextField = (field: string, max: number, o: Options = {}) =>
  text(field, max, o, trimmed);

/**
 * A name, cleaned as names are stored and matched (NFC, invisible characters removed, spaces
 * collapsed): one of only invisible characters is empty, and an optional one left blank is cleared.
 */
export const NameField = (field: string, max: number, o: Options = {}) =>
  text(field, max, o, ({ value }) =>
    typeof value === 'string' ? cleanText(value) || (o.optional ? null : '') : value,
  );

export const EnumField = (
  field: string,
  values: readonly string[],
  enumName: string,
  o: Options = {},
) =>
  applyDecorators(
    docs(o, { enum: values, enumName }),
    ...optional(o, field),
    IsIn(values, { message: `${field} must be one of: ${values.join(', ')}` }),
  );

export const EnumListField = (
  field: string,
  values: readonly string[],
  enumName: string,
  o: Options = {},
) =>
  applyDecorators(
    docs(o, { enum: values, enumName, isArray: true }),
    ...optional(o, field),
    IsArray({ message: `${field} must be a list` }),
    ArrayMaxSize(values.length, { message: `${field} has too many entries` }),
    IsIn(values, { each: true, message: `${field} entries must be among: ${values.join(', ')}` }),
  );

export const TextListField = (
  field: string,
  maxItems: number,
  maxLength: number,
  o: Options = {},
) =>
  applyDecorators(
    docs(o, { type: [String] }),
    ...optional(o, field),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v))
        : value,
    ),
    IsArray({ message: `${field} must be a list` }),
    ArrayMaxSize(maxItems, { message: `${field} may have at most ${maxItems} entries` }),
    IsString({ each: true, message: `${field} entries must be text` }),
    MinLength(1, { each: true, message: `${field} entries must not be empty` }),
    MaxLength(maxLength, {
      each: true,
      message: `${field} entries must be at most ${maxLength} characters`,
    }),
  );

export const CountryCodeField = (field: string, o: Options = {}) =>
  applyDecorators(
    docs(o, { type: String, example: 'KH', description: o.description ?? 'ISO 3166-1 alpha-2' }),
    ...optional(o, field),
    Matches(/^[A-Z]{2}$/, {
      message: `${field} must be an ISO 3166 alpha-2 country code such as KH`,
    }),
    // One list of current countries for the API and the web app's picker.
    IsIn(COUNTRY_CODES, {
      message: `${field} must be an ISO 3166 alpha-2 country code such as KH`,
    }),
  );

export const UuidField = (field: string, o: Options = {}) =>
  applyDecorators(
    docs(o, { type: String, format: 'uuid' }),
    ...optional(o, field),
    IsUUID('all', { message: `${field} must be a UUID` }),
  );

export const IntField = (field: string, min: number, max: number, o: Options = {}) =>
  applyDecorators(
    docs(o, { type: Number, minimum: min, maximum: max }),
    ...optional(o, field),
    IsInt({ message: `${field} must be a whole number` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );

/** A calendar date, YYYY-MM-DD, that exists (no 2025-02-30). */
export const DateField = (field: string, o: Options = {}) =>
  applyDecorators(
    docs(o, { type: String, format: 'date' }),
    ...optional(o, field),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date as YYYY-MM-DD` }),
    IsDateString(
      { strict: true, strictSeparator: true },
      { message: `${field} must be a real calendar date` },
    ),
  );

export const BooleanField = (field: string, o: Options = {}) =>
  applyDecorators(
    docs(o, { type: Boolean }),
    ...optional(o, field),
    IsBoolean({ message: `${field} must be true or false` }),
  );

export const VersionField = () =>
  applyDecorators(
    ApiProperty({
      description: 'The version you last read; a stale one answers 409 with the current record',
    }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1, { message: 'version must be at least 1' }),
    Max(2_147_483_647, { message: 'version is too large' }),
  );
