import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import type { RequestOrigin } from 'src/common/access/auth-context';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database } from 'src/database/database';
import { DEMO_SCALES, generateDemoWorld, neverHeldABroker } from 'src/database/seeds/demo-world';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_PENDING_ACCOUNT,
} from 'src/modules/startup/demo-accounts';
import { StartupRepository } from 'src/modules/startup/startup.repository';
import { PlacesService } from 'src/modules/places/places.service';
import { UsersService } from 'src/modules/users/users.service';

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
    private readonly database: Database,
    private readonly schema: StartupRepository,
    private readonly places: PlacesService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const ran = await this.schema.migrate();
    if (ran.length) this.logger.log(`applied migrations: ${ran.join(', ')}`);
    if (await this.users.noAccounts()) {
      if (this.config.demo) {
        await this.users.createFirstAccounts(
          DEMO_ACCOUNTS,
          DEMO_PASSWORD,
          SYSTEM_ORIGIN,
          'demo-seed',
        );
        this.logger.log(
          `demo mode: created ${DEMO_ACCOUNTS.length} demo accounts (password ${DEMO_PASSWORD})`,
        );
        await this.seedDemoPendingGrant();
      } else if (this.config.bootstrapAdmin) {
        const { email, password } = this.config.bootstrapAdmin;
        await this.users.createFirstAccounts(
          [{ email, displayName: 'Administrator', role: 'admin' }],
          password,
          SYSTEM_ORIGIN,
          'bootstrap',
        );
        this.logger.log(`created the first admin account ${email}`);
      } else {
        this.logger.warn(
          'no user accounts exist: set KHSAE_ADMIN_EMAIL and KHSAE_ADMIN_PASSWORD, or KHSAE_DEMO=true',
        );
      }
    }
    // The synthetic world is generated once, on a registry that has never held a broker.
    if (this.config.demo && this.config.demoWorld && (await neverHeldABroker(this.database.pool)))
      await this.seedDemoWorld();
  }

  /** The two-person rule in the demo: an account whose role waits for the supervisor's approval. */
  private async seedDemoPendingGrant(): Promise<void> {
    await this.users.createAwaitingApproval(
      DEMO_PENDING_ACCOUNT,
      DEMO_PASSWORD,
      'admin@demo.local',
      SYSTEM_ORIGIN,
    );
  }

  /** Countries, Cambodia's gazetteer (shipped, or KHSAE_GAZETTEER_PATH) and the small synthetic world in its villages. */
  private async seedDemoWorld(): Promise<void> {
    await this.places.importCountries();
    const file = this.config.gazetteerPath;
    try {
      const started = Date.now();
      const { upserted } = await this.places.importGazetteerFile(file);
      this.logger.log(
        `demo mode: imported ${upserted} administrative units from ${file} in ${Date.now() - started} ms`,
      );
    } catch (err) {
      // The demo world lives in the gazetteer's villages: without them there is nothing to place it in.
      this.logger.error(
        `demo mode: cannot import the gazetteer at ${file} (${err instanceof Error ? err.message : String(err)}); no villages and no demo world (set KHSAE_GAZETTEER_PATH to the NCDD CSV)`,
      );
      return;
    }
    const summary = await generateDemoWorld(this.database, DEMO_SCALES.small);
    this.logger.log(
      `demo mode: generated ${summary.brokers} brokers, ${summary.victims} victims, ${summary.compounds} compounds, ${summary.routes} routes, ${summary.links} links (all synthetic)`,
    );
  }
}
