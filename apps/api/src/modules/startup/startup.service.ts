import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { DataSource, type EntityManager } from 'typeorm';

import type { RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { runMigrations } from 'src/database/data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from 'src/modules/startup/demo-accounts';
import { UserEntity } from 'src/modules/users/user.entity';

const SYSTEM_ORIGIN: RequestOrigin = {
  requestId: 'startup',
  clientIp: null,
  userAgent: 'khsae-startup',
};

/**
 * Before the API answers: apply pending migrations, then, on an empty database, create the demo
 * accounts (demo mode) or the first admin from KHSAE_ADMIN_EMAIL / KHSAE_ADMIN_PASSWORD.
 */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Startup');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const ran = await runMigrations(this.dataSource);
    if (ran.length) this.logger.log(`applied migrations: ${ran.join(', ')}`);
    const users = await this.dataSource.getRepository(UserEntity).count();
    if (users > 0) return;
    if (this.config.demo) {
      await this.seedDemoAccounts();
    } else if (this.config.bootstrapAdmin) {
      const { email, password } = this.config.bootstrapAdmin;
      const passwordHash = await bcrypt.hash(password, this.config.bcryptRounds);
      await this.dataSource.transaction((em) =>
        this.createUser(em, { email, displayName: 'Administrator', role: 'admin' }, passwordHash),
      );
      this.logger.log(`created the first admin account ${email}`);
    } else {
      this.logger.warn(
        'no user accounts exist: set KHSAE_ADMIN_EMAIL and KHSAE_ADMIN_PASSWORD, or KHSAE_DEMO=true',
      );
    }
  }

  private async seedDemoAccounts(): Promise<void> {
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, this.config.bcryptRounds);
    await this.dataSource.transaction(async (em) => {
      for (const account of DEMO_ACCOUNTS) await this.createUser(em, account, passwordHash);
    });
    this.logger.log(
      `demo mode: created ${DEMO_ACCOUNTS.length} demo accounts (password ${DEMO_PASSWORD})`,
    );
  }

  private async createUser(
    em: EntityManager,
    account: Pick<UserEntity, 'email' | 'displayName' | 'role'>,
    passwordHash: string,
  ): Promise<void> {
    const { identifiers } = await em.insert(UserEntity, { ...account, passwordHash });
    await this.audit.record(em, {
      action: 'create',
      outcome: 'success',
      origin: SYSTEM_ORIGIN,
      resourceType: 'user',
      resourceIds: [String(identifiers[0]?.['id'])],
      details: { role: account.role, by: this.config.demo ? 'demo-seed' : 'bootstrap' },
    });
  }
}
