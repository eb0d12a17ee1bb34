import { describe, expect, it } from '@jest/globals';

import { CONFIDENCE_GRADES, RECORD_KINDS } from '@khsae/domain';

import { buildStylesheet, CLASS, CONFIDENCE_STYLES, KIND_STYLES } from '../stylesheet';

type Block = { selector: string; style: Record<string, unknown> };

function styleOf(sheet: Block[], selector: string): Record<string, unknown> {
  const block = sheet.find((b) => b.selector === selector);
  if (!block) throw new Error(`no block for ${selector}`);
  return block.style;
}

describe('buildStylesheet', () => {
  const sheet = buildStylesheet() as Block[];

  it('should give every record kind its own shape and colour', () => {
    const shapes = new Set(RECORD_KINDS.map((k) => KIND_STYLES[k].shape));
    const colours = new Set(RECORD_KINDS.map((k) => KIND_STYLES[k].color));
    expect(shapes.size).toBe(RECORD_KINDS.length);
    expect(colours.size).toBe(RECORD_KINDS.length);
    for (const kind of RECORD_KINDS) {
      expect(styleOf(sheet, `node.kind-${kind}`)).toEqual({
        shape: KIND_STYLES[kind].shape,
        'background-color': KIND_STYLES[kind].color,
      });
    }
  });

  it('should draw confirmed links solid, probable dashed, possible dotted, unverified faint', () => {
    expect(styleOf(sheet, 'edge.confidence-confirmed')['line-style']).toBe('solid');
    expect(styleOf(sheet, 'edge.confidence-probable')['line-style']).toBe('dashed');
    expect(styleOf(sheet, 'edge.confidence-possible')['line-style']).toBe('dotted');
    const unverified = styleOf(sheet, 'edge.confidence-unverified');
    expect(unverified['line-style']).toBe('dotted');
    for (const grade of CONFIDENCE_GRADES) {
      if (grade !== 'unverified') {
        expect(unverified['opacity'] as number).toBeLessThan(CONFIDENCE_STYLES[grade].opacity);
      }
    }
  });

  it('should label records as stored, in the bundled Latin and Khmer fonts', () => {
    const node = styleOf(sheet, 'node');
    expect(node['label']).toBe('data(label)');
    expect(node['font-family']).toContain('Noto Sans Khmer');
    expect(node['font-family']).toContain('Inter');
  });

  it('should style every class that elements carry', () => {
    const selectors = sheet.map((b) => b.selector).join(' ');
    for (const name of Object.values(CLASS)) expect(selectors).toContain(`.${name}`);
    expect(styleOf(sheet, `edge.${CLASS.outOfRange}`)['display']).toBe('none');
    expect(styleOf(sheet, `node.${CLASS.scored}`)['width']).toBe('mapData(score, 0, 1, 18, 72)');
  });

  it('should switch to cheap straight edges for large canvases', () => {
    expect(styleOf(sheet, 'edge')['curve-style']).toBe('bezier');
    const large = buildStylesheet({ haystackEdges: true }) as Block[];
    expect(styleOf(large, 'edge')['curve-style']).toBe('haystack');
    expect(styleOf(large, 'edge')['target-arrow-shape']).toBe('none');
  });
});
