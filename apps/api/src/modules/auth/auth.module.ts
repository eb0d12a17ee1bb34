import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AuditEventsModule } from 'src/modules/audit-events/audit-events.module';
import { AccessGuard } from 'src/modules/auth/access.guard';
import { AuthController } from 'src/modules/auth/auth.controller';
import { AuthService } from 'src/modules/auth/auth.service';
import { SessionCookie } from 'src/modules/auth/session-cookie';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SessionsService } from 'src/modules/auth/sessions.service';
import { UsersModule } from 'src/modules/users/users.module';
import { UsersService } from 'src/modules/users/users.service';

@Module({
  controllers: [AuthController],
  imports: [AuditEventsModule, UsersModule],
  providers: [
    AuthService,
    SessionCookie,
    SessionsRepository,
    SessionsService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    // A disabled account or a new password ends the account's sessions, in the same transaction.
    this.users.whenSignInsEnd((tx, userId) => this.sessions.revokeAllForUser(tx, userId));
  }
}
