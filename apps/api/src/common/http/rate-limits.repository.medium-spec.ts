import { beforeAll, describe, expect, it } from '@jest/globals';

import { RateLimitsRepository } from 'src/common/http/rate-limits.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { useTestModules } from '../../../test/utils/test-modules';

describe('RateLimitsRepository', () => {
  const t = useTestModules([]);
  let counter: RateLimitsRepository;

  beforeAll(() => {
    counter = t.get(RateLimitsRepository);
  });

  it('counts each hit exactly once, concurrent hits included, per key and window', async () => {
    const hits = await Promise.all(
      Array.from({ length: 20 }, () => counter.hit(['address:10.0.0.1', 'session:a'], 3600)),
    );
    const counts = (key: string) => hits.map((m) => m.get(key)!.hits).sort((a, b) => a - b);
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(counts('address:10.0.0.1')).toEqual(oneToTwenty);
    expect(counts('session:a')).toEqual(oneToTwenty);
    const [first] = hits;
    expect(first!.get('session:a')!.resetsInSeconds).toBeGreaterThanOrEqual(1);
    expect(first!.get('session:a')!.resetsInSeconds).toBeLessThanOrEqual(3600);

    // Another key starts from one.
    expect((await counter.hit(['address:10.0.0.2'], 3600)).get('address:10.0.0.2')!.hits).toBe(1);
  });
});
