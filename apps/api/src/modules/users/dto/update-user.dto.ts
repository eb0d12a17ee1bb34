import { PASSWORD_MIN_LENGTH, type Role, ROLES } from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

import { trimmed } from 'src/common/validation/transforms';
import { BooleanField, EnumField } from 'src/common/validation/fields';

export class UpdateUserDto {
  @ApiProperty({
    description: 'The version you last read; a stale one answers 409 with the current record',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(120)
  displayName?: string;

  @EnumField('role', ROLES, 'Role', { optional: true, nullable: false }) role?: Role;
  @BooleanField('disabled', { optional: true, nullable: false }) disabled?: boolean;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, format: 'password' })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200)
  password?: string;
}
