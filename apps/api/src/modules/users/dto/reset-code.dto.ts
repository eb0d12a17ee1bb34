import { PASSWORD_MIN_LENGTH } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import { emailAddress } from 'src/common/validation/transforms';
import { VersionField } from 'src/common/validation/fields';
import { UserResponseDto } from 'src/modules/users/dto/user.response.dto';

export class IssueResetCodeDto {
  @VersionField() version!: number;
}

export class ResetCodeResponseDto {
  @ApiProperty({
    example: 'K7QM-2XHD-9RWT',
    description: 'Shown once: only its hash is stored. Give it to the user in person.',
  })
  code!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

/** An account just created or reset: the one-time code to hand over, and the grant awaiting approval. */
export class UserWithResetCodeResponseDto extends UserResponseDto {
  @ApiProperty({ type: ResetCodeResponseDto }) resetCode!: ResetCodeResponseDto;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The role grant awaiting a second person, when the role reads identities',
  })
  pendingGrantId!: string | null;
}

export class RedeemResetCodeDto {
  @ApiProperty({ example: 'sokha.investigator@police.example' })
  @Transform(emailAddress)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'K7QM-2XHD-9RWT' })
  @IsString({ message: 'code must be text' })
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, format: 'password' })
  @IsString({ message: 'newPassword must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200, { message: 'newPassword must be at most 200 characters' })
  newPassword!: string;
}
