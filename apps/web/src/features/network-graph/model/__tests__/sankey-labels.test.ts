import { describe, expect, it } from '@jest/globals';

import { estimateTextWidth, fitText, layoutSankey, placeSankeyLabels } from '../sankey';

const long = 'Sok Chanthou Srey Pov Vannak Long Name';
const nodes = [
  { key: 'place:a', label: 'Krabau Chuor Village With A Long Name', column: 0 },
  { key: 'broker:x', label: long, column: 1 },
  { key: 'broker:y', label: 'ហេង ដារ៉ា · B-0002 ហេង ដារ៉ា ហេង ដារ៉ា', column: 1 },
  { key: 'compound:c', label: 'Golden Lotus Park Special Economic Zone', column: 2 },
  { key: 'country:MM', label: 'Myanmar', column: 3 },
];
const links = [
  { from: 'place:a', to: 'broker:x', value: 6 },
  { from: 'place:a', to: 'broker:y', value: 2 },
  { from: 'broker:x', to: 'compound:c', value: 6 },
  { from: 'broker:y', to: 'compound:c', value: 2 },
  { from: 'compound:c', to: 'country:MM', value: 8 },
];

describe('placeSankeyLabels', () => {
  const layout = layoutSankey(nodes, links, { width: 460, height: 300 });
  const labels = placeSankeyLabels(layout, { margin: 150 });
  const byKey = new Map(labels.map((l) => [l.key, l]));
  const x0Of = (column: number) =>
    Math.min(...layout.nodes.filter((n) => n.column === column).map((n) => n.x0));

  it('should end every label before the next column starts', () => {
    for (const label of labels) {
      const node = layout.nodes.find((n) => n.key === label.key);
      if (!node || label.anchor === 'end') continue;
      const limit = node.column === 3 ? layout.width + 150 : x0Of(node.column + 1);
      expect(label.x + estimateTextWidth(label.text)).toBeLessThanOrEqual(limit);
    }
  });

  it('should label villages on their left, within the margin, and keep every count', () => {
    const village = byKey.get('place:a');
    expect(village?.anchor).toBe('end');
    expect(estimateTextWidth(village?.text ?? '')).toBeLessThanOrEqual(150);
    expect(byKey.get('broker:x')?.text).toMatch(/…\s\(6\)$/);
    expect(byKey.get('country:MM')?.text).toBe('Myanmar (8)');
  });

  it('should cut a text to the width with an ellipsis', () => {
    expect(fitText('Heng Dara', 200)).toBe('Heng Dara');
    const cut = fitText(long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(60);
  });
});
