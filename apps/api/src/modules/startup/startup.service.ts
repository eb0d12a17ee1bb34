import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { DataSource, type EntityManager } from 'typeorm';

import type { RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { runMigrations } from 'src/database/data-source';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { DEMO_SCALES, generateDemoWorld } from 'src/modules/demo/demo-world';
import { importCountries, importGazetteer, parseGazetteer } from 'src/modules/places/gazetteer';
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
    if (users === 0) {
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
    // The synthetic world is generated once, on a registry that has never held a broker.
    const [{ brokers } = { brokers: '0' }] = await this.dataSource.query<{ brokers: string }[]>(
      'SELECT count(*) AS brokers FROM brokers',
    );
    if (this.config.demo && this.config.demoWorld && Number(brokers) === 0)
      await this.seedDemoWorld();
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

  /** Countries, the gazetteer when its file is found, and the small synthetic investigation world. */
  private async seedDemoWorld(): Promise<void> {
    await importCountries(this.dataSource);
    if (existsSync(this.config.gazetteerPath)) {
      const { upserted } = await importGazetteer(
        this.dataSource,
        parseGazetteer(await readFile(this.config.gazetteerPath, 'utf8')),
      );
      this.logger.log(
        `demo mode: imported ${upserted} administrative units from ${this.config.gazetteerPath}`,
      );
    } else {
      this.logger.warn(
        `demo mode: no gazetteer at ${this.config.gazetteerPath}; using synthetic villages (set KHSAE_GAZETTEER_PATH)`,
      );
    }
    const summary = await generateDemoWorld(this.dataSource, DEMO_SCALES.small);
    this.logger.log(
      `demo mode: generated ${summary.brokers} brokers, ${summary.victims} victims, ${summary.compounds} compounds, ${summary.routes} routes, ${summary.links} links (all synthetic)`,
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
