import { describe, expect, it } from '@jest/globals';

import { codeOf, distinctLabels } from '../display-labels';

describe('distinctLabels', () => {
  it('should put the code after the name of records that share a name, and only those', () => {
    const labels = distinctLabels([
      { key: 'broker:1', label: 'Heng Dara', sublabel: 'B-0001 · ហេង ដារ៉ា' },
      { key: 'broker:2', label: 'heng dara ', sublabel: 'B-0002' },
      { key: 'broker:3', label: 'Sok Chea', sublabel: 'B-0003' },
      { key: 'victim:4', label: 'V-2026-000007', sublabel: null },
    ]);
    expect([...labels.values()]).toEqual([
      'Heng Dara · B-0001',
      'heng dara · B-0002',
      'Sok Chea',
      'V-2026-000007',
    ]);
  });

  it('should read the code from the start of a sublabel', () => {
    expect(codeOf('B-0022 · ហេង ដារ៉ា')).toBe('B-0022');
    expect(codeOf('R-0003')).toBe('R-0003');
    expect(codeOf(null)).toBeNull();
    expect(codeOf('')).toBeNull();
  });
});
