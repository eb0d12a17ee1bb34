import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode } from '../../testing/graph-fixtures';
import { canvasToCsv, csvCell } from '../csv';

describe('csv', () => {
  it('should defuse cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+855 12 345 678')).toBe("'+855 12 345 678");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@handle')).toBe("'@handle");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('Sokha')).toBe('Sokha');
  });

  it('should quote commas, quotes and line breaks, and leave empty values empty', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('should write a records table and a links table with labels of both ends', () => {
    const broker = {
      ...graphNode('broker', 1, { label: 'ហេង ដារ៉ា', category: 'local_recruiter' }),
      broughtBy: null,
    };
    const victim = { ...graphNode('victim', 2, { label: 'V-2026-000007' }), broughtBy: broker.key };
    const edge = graphEdge(broker, victim, { evidence: '=cmd|calc', startedOn: '2024-01-02' });
    const lines = canvasToCsv([broker, victim], [edge]).split('\r\n');
    expect(lines[0]).toBe('key,kind,id,label,sublabel,category');
    expect(lines[1]).toBe(`${broker.key},broker,${broker.id},ហេង ដារ៉ា,,local_recruiter`);
    expect(lines[3]).toBe('');
    expect(lines[4]?.startsWith('link_id,source,source_label,type')).toBe(true);
    expect(lines[5]).toBe(
      `${edge.id},${broker.key},ហេង ដារ៉ា,recruited,${victim.key},V-2026-000007,confirmed,interview,2024-01-02,,'=cmd|calc`,
    );
    expect(lines.at(-1)).toBe('');
  });
});
