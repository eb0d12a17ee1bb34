import { Body, Res } from '@nestjs/common';
import type { Response } from 'express';

import { CurrentActor, CurrentAuth, Origin } from 'src/common/access/access.decorators';
import type { Actor, AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { AuthService } from 'src/modules/auth/auth.service';
import { CurrentUserResponseDto } from 'src/modules/auth/dto/current-user.response.dto';
import { LoginDto } from 'src/modules/auth/dto/login.dto';
import { SessionCookie } from 'src/modules/auth/session-cookie';
import { RedeemResetCodeDto } from 'src/modules/users/dto/reset-code.dto';

@ApiController('auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Endpoint.post('login', {
    summary: 'Sign in with email and password; sets the session cookie',
    access: 'public',
    response: CurrentUserResponseDto,
    rateLimited: true,
    errors: [401],
  })
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

  @Endpoint.post('reset-code', {
    summary: 'Redeem a one-time reset code: set a new password, then sign in with it',
    description:
      'A wrong, expired or spent code answers 400 naming `code` and counts as a failed sign-in for throttling.',
    access: 'public',
    rateLimited: true,
  })
  async redeemResetCode(
    @Body() dto: RedeemResetCodeDto,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.authService.redeemResetCode(dto.email, dto.code, dto.newPassword, origin);
  }

  @Endpoint.post('logout', {
    summary: 'Sign out: ends the session on the server and clears the cookie',
    access: 'signed-in',
  })
  async logout(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.authService.logout(actor.auth, actor.origin);
    this.sessionCookie.clear(res);
  }

  @Endpoint.get('me', {
    summary: 'The signed-in user, their role and permissions',
    access: 'signed-in',
    sessionProbe: true,
    response: CurrentUserResponseDto,
  })
  me(@CurrentAuth() auth: AuthContext): CurrentUserResponseDto {
    return this.authService.toCurrentUser(auth);
  }
}
