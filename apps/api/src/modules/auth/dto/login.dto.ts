import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import { emailAddress } from 'src/common/validation/transforms';

export class LoginDto {
  @ApiProperty({ example: 'investigator@demo.local' })
  @Transform(emailAddress)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'khsae-demo-2026', format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
