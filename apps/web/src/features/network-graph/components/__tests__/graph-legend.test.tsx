import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';

import { renderWithApp } from '@/testing/render-with-app';

import {
  CATEGORY_COLORS,
  CONFIDENCE_STYLES,
  KIND_STYLES,
  MARK_STYLES,
} from '../../cytoscape/stylesheet';
import { GraphLegend } from '../graph-legend';

function swatchOf(text: string): string | null {
  const row = screen.getByText(text).parentElement as HTMLElement;
  return row.querySelector('svg')?.getAttribute('data-swatch') ?? null;
}

describe('GraphLegend', () => {
  it('should explain kinds, categories, links and marks in the colours the canvas uses', () => {
    renderWithApp(<GraphLegend />);
    const kinds = screen.getByRole('region', { name: 'Records' });
    expect(within(kinds).getByText('Broker')).toBeTruthy();
    expect(swatchOf('Broker')).toBe(KIND_STYLES.broker.color);
    expect(swatchOf('Victim · Missing')).toBe(CATEGORY_COLORS['victim-missing']);
    expect(swatchOf('Confirmed')).toBeTruthy();
    expect(CONFIDENCE_STYLES.confirmed.lineStyle).toBe('solid');
    expect(swatchOf('Linked records not on the canvas yet (how many)')).toBe(
      MARK_STYLES.badge.fill,
    );
    expect(screen.getByText('Pinned')).toBeTruthy();
    expect(screen.getByText('On the found path')).toBeTruthy();
    expect(screen.getByText('Selected')).toBeTruthy();
  });
});
