import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import {
  CurrentAuth,
  Origin,
  Public,
  SessionProbe,
  SignedIn,
} from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuthService } from 'src/modules/auth/auth.service';
import { CurrentUserResponseDto } from 'src/modules/auth/dto/current-user.response.dto';
import { LoginDto } from 'src/modules/auth/dto/login.dto';
import { SessionCookie } from 'src/modules/auth/session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Sign in with email and password; sets the session cookie' })
  @ApiOkResponse({ type: CurrentUserResponseDto })
  async login(
    @Body() dto: LoginDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CurrentUserResponseDto> {
    const { token, expiresAt, user } = await this.authService.login(
      dto.email,
      dto.password,
      origin,
    );
    this.sessionCookie.set(res, token, expiresAt);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookie' })
  @ApiNoContentResponse()
  async logout(
    @CurrentAuth() auth: AuthContext,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.authService.logout(auth, origin);
    this.sessionCookie.clear(res);
  }

  @Get('me')
  @SignedIn()
  @SessionProbe()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The signed-in user, their role and permissions' })
  @ApiOkResponse({ type: CurrentUserResponseDto })
  me(@CurrentAuth() auth: AuthContext): CurrentUserResponseDto {
    return this.authService.toCurrentUser(auth);
  }
}
