import { beforeAll, describe, expect, it } from '@jest/globals';

import type { AuditRecord } from 'src/common/audit/audit-record';
import { AuditService } from 'src/common/audit/audit.service';
import type { Tx } from 'src/database/database';
import { AuditEventsModule } from 'src/modules/audit-events/audit-events.module';
import { AuditEventsRepository } from 'src/modules/audit-events/audit-events.repository';
import { ListAuditEventsQueryDto } from 'src/modules/audit-events/dto/list-audit-events.query.dto';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { listQuery, useTestModules } from '../../../test/utils/test-modules';

const RECORD = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';
const origin = (clientIp: string | null = null) => ({ requestId: 'r', clientIp, userAgent: 'ua' });

describe('AuditEventsRepository', () => {
  const t = useTestModules([AuditEventsModule]);
  let repo: AuditEventsRepository;
  let audit: AuditService;
  const event = (tx: Tx, over: Partial<AuditRecord>) =>
    audit.record(tx, { action: 'create', outcome: 'success', origin: origin(), ...over });
  const query = listQuery(ListAuditEventsQueryDto);
  const actions = async (tx: Tx, over: Partial<ListAuditEventsQueryDto>) =>
    (await repo.list(tx, query(over), { skip: 0, take: 100 })).entities.map((e) => e.action);

  beforeAll(() => {
    repo = t.get(AuditEventsRepository);
    audit = t.get(AuditService);
  });

  it('lists events newest first, filtered by action, outcome, actor, record and time', async () => {
    await t.rolledBack(async (tx) => {
      await event(tx, { action: 'login', actorEmail: 'Sokha@Police.example' });
      await event(tx, {
        action: 'update',
        resourceType: 'broker',
        resourceIds: [RECORD],
        fieldGroups: ['identity'],
        details: { changed: ['notes'] },
      });
      await event(tx, { action: 'access_denied', outcome: 'denied', reason: 'missing_permission' });
      // One transaction, one moment: the id orders them.
      expect(await actions(tx, {})).toEqual(['access_denied', 'update', 'login']);
      expect(await actions(tx, { order: 'asc' })).toEqual(['login', 'update', 'access_denied']);
      expect(await actions(tx, { action: 'update' })).toEqual(['update']);
      expect(await actions(tx, { outcome: 'denied' })).toEqual(['access_denied']);
      expect(await actions(tx, { actorEmail: 'SOKHA@' })).toEqual(['login']);
      expect(await actions(tx, { actorEmail: '%' })).toEqual([]);
      expect(await actions(tx, { resourceType: 'broker', resourceId: RECORD })).toEqual(['update']);
      expect(await actions(tx, { from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
      expect(await actions(tx, { to: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(
        3,
      );
      const [update] = (await repo.list(tx, query({ action: 'update' }), { skip: 0, take: 1 }))
        .entities;
      expect(update).toMatchObject({
        id: expect.any(String),
        occurredAt: expect.any(Date),
        resourceIds: [RECORD],
        fieldGroups: ['identity'],
        requestId: 'r',
        details: { changed: ['notes'] },
      });
      const page = await repo.list(tx, query(), { skip: 1, take: 1 });
      expect(page.total).toBe(3);
      expect(page.entities.map((e) => e.action)).toEqual(['update']);
    });
  });

  it('counts failed sign-ins since a moment, by email and by address', async () => {
    await t.rolledBack(async (tx) => {
      const failed = (email: string, ip: string | null) =>
        event(tx, {
          action: 'login_failed',
          outcome: 'failure',
          actorEmail: email,
          origin: origin(ip),
        });
      await failed('a@police.example', '10.0.0.1');
      await failed('a@police.example', '10.0.0.2');
      await failed('b@police.example', '10.0.0.1');
      await event(tx, {
        action: 'login',
        actorEmail: 'a@police.example',
        origin: origin('10.0.0.1'),
      });
      const hourAgo = new Date(Date.now() - 3_600_000);
      expect(await repo.failedSignIns(tx, 'a@police.example', '10.0.0.1', hourAgo)).toEqual({
        byEmail: 2,
        byIp: 2,
      });
      expect(await repo.failedSignIns(tx, 'c@police.example', null, hourAgo)).toEqual({
        byEmail: 0,
        byIp: 0,
      });
      expect(
        await repo.failedSignIns(tx, 'a@police.example', '10.0.0.1', new Date(Date.now() + 60_000)),
      ).toEqual({ byEmail: 0, byIp: 0 });
    });
  });
});
