import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';

import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { SESSION_COOKIE } from 'src/common/access/session-cookie';

/** The session cookie: httpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
    });
  }
}
