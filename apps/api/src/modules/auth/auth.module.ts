import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from 'src/modules/auth/access.guard';
import { AuthController } from 'src/modules/auth/auth.controller';
import { AuthService } from 'src/modules/auth/auth.service';
import { SessionCookie } from 'src/modules/auth/session-cookie';
import { SessionsService } from 'src/modules/auth/sessions.service';

@Module({
  controllers: [AuthController],
  exports: [SessionsService],
  providers: [
    AuthService,
    SessionCookie,
    SessionsService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
