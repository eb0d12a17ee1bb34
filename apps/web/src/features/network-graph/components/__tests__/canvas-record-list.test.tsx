import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { EMPTY_CANVAS, mergeGraph } from '../../model/canvas-state';
import { initialWorkbenchState } from '../../model/workbench-store';
import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import { renderInWorkbench } from '../../testing/render-in-workbench';
import { CanvasRecordList } from '../canvas-record-list';

const dara = graphNode('broker', 1, { depth: 0, label: 'Heng Dara', sublabel: 'B-0001' });
const twin = graphNode('broker', 2, { label: 'Heng Dara', sublabel: 'B-0002' });
const village = graphNode('place', 3, { label: 'Krabau Chuor' });
const canvas = mergeGraph(
  EMPTY_CANVAS,
  graphResult([dara, twin, village], [graphEdge(dara, village), graphEdge(twin, village)]),
  { broughtBy: dara.key },
).state;

function renderList() {
  const select = jest.fn();
  const rendered = renderInWorkbench(<CanvasRecordList />, {
    state: { ...initialWorkbenchState(canvas), tab: 'filters' },
    commands: { select },
  });
  return { select, ...rendered };
}

describe('CanvasRecordList', () => {
  it('should name each record by its visible text, telling apart two brokers of one name', () => {
    renderList();
    const names = screen.getAllByRole('option').map((option) => option.textContent);
    expect(names).toEqual([
      'Heng Dara · B-0001 Broker',
      'Heng Dara · B-0002 Broker',
      'Krabau Chuor Place',
    ]);
    expect(screen.getByRole('option', { name: 'Krabau Chuor Place' })).toBeTruthy();
  });

  it('should be one Tab stop whose arrows move and whose Enter selects the record and opens its details', () => {
    const { select, store } = renderList();
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.tabIndex)).toEqual([0, -1, -1]);
    (options[0] as HTMLElement).focus();
    fireEvent.keyDown(options[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    fireEvent.keyDown(options[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(options[2]);
    expect(options.map((o) => o.tabIndex)).toEqual([-1, -1, 0]);
    fireEvent.keyDown(options[2] as HTMLElement, { key: 'Enter' });
    expect(select).toHaveBeenCalledWith(village.key);
    expect(store.getState().tab).toBe('details');
    fireEvent.keyDown(options[2] as HTMLElement, { key: 'Home' });
    fireEvent.keyDown(options[0] as HTMLElement, { key: ' ' });
    expect(select).toHaveBeenLastCalledWith(dara.key);
  });
});
