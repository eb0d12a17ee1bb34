import { describe, expect, it } from '@jest/globals';

import { auditRows, DEMO_ROLES, type Res, useTestApp } from './utils/test-app';

// An hour's window: a test never straddles two windows (short of the top of the hour).
const windowSeconds = 3600;

function expectTooMany(res: Res): void {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(res.body.message).toBe(`Too many requests; try again in ${retryAfter} seconds.`);
}

describe('the general rate limit', () => {
  const t = useTestApp({ config: { rateLimit: { perSession: 3, perAddress: 12, windowSeconds } } });

  it('answers 429 with Retry-After past a session’s limit, while other sessions go on, and an address’s limit bounds them all', async () => {
    const inv = await t.signIn(DEMO_ROLES.investigator); // 1 on the address
    for (let i = 0; i < 3; i += 1) expect((await inv.get('/api/auth/me')).status).toBe(200); // 4
    expectTooMany(await inv.get('/api/brokers')); // 5

    const sup = await t.signIn(DEMO_ROLES.supervisor); // 6
    expect((await sup.get('/api/brokers')).status).toBe(200); // 7

    // A made-up session cookie starts no fresh count for its address.
    for (let i = 8; i <= 12; i += 1) {
      const res = await t
        .anonymous()
        .get('/api/brokers')
        .set('Cookie', `khsae_session=made-up-${i}`);
      expect(res.status).toBe(401);
    }
    expectTooMany(await t.anonymous().get('/api/brokers')); // 13
    expectTooMany(await sup.get('/api/brokers'));
    expectTooMany(await t.login(DEMO_ROLES.auditor));

    // The health check answers whatever the counts.
    expect((await t.anonymous().get('/api/health')).status).toBe(200);
  });
});

describe('refusals of requests without a session', () => {
  const t = useTestApp({ config: { rateLimit: { perSession: 0, perAddress: 0, windowSeconds } } });

  it('are audited within a bound: an address’s 1st, 10th and 100th refusal, with the count', async () => {
    for (let i = 0; i < 120; i += 1)
      expect((await t.anonymous().get('/api/users')).status).toBe(401);
    const rows = await auditRows(t.dataSource, { action: 'access_denied' });
    expect(rows.map((r) => [r.reason, r.details['count']])).toEqual([
      ['not_signed_in', 100],
      ['not_signed_in', 10],
      ['not_signed_in', 1],
    ]);
    expect(rows[0]?.details).toMatchObject({ method: 'GET', path: '/api/users', windowSeconds });
  }, 30_000);
});
