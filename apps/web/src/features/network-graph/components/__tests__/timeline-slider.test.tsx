import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { EMPTY_CANVAS, mergeGraph } from '../../model/canvas-state';
import { dayNumber, isoDay } from '../../model/timeline';
import { initialWorkbenchState } from '../../model/workbench-store';
import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import { renderInWorkbench } from '../../testing/render-in-workbench';
import { TimelineSlider } from '../timeline-slider';

const broker = graphNode('broker', 1, { depth: 0 });
const victim = graphNode('victim', 2);
const compound = graphNode('compound', 3);
const canvas = mergeGraph(
  EMPTY_CANVAS,
  graphResult(
    [broker, victim, compound],
    [
      graphEdge(broker, victim, { startedOn: '2023-01-15' }),
      graphEdge(victim, compound, {
        type: 'held_at',
        startedOn: '2023-06-01',
        endedOn: '2024-03-20',
      }),
    ],
  ),
  { broughtBy: broker.key },
).state;

describe('TimelineSlider', () => {
  it('should show its range as dates and move a thumb by a month with Page Up and Page Down', () => {
    const { store } = renderInWorkbench(<TimelineSlider />, {
      state: initialWorkbenchState(canvas),
    });
    expect(screen.getByText(/Links active between 15 Jan 2023 and 20 Mar 2024/)).toBeTruthy();
    const [start, end] = screen.getAllByRole('slider');
    expect(start?.getAttribute('aria-valuetext')).toBe('15 Jan 2023');

    fireEvent.keyDown(start as HTMLElement, { key: 'PageUp' });
    const moved = store.getState().timeline;
    expect(moved && isoDay(moved.from)).toBe('2023-02-15');
    expect(moved?.to).toBe(dayNumber('2024-03-20'));
    expect(screen.getByText(/Links active between 15 Feb 2023 and 20 Mar 2024/)).toBeTruthy();

    fireEvent.keyDown(end as HTMLElement, { key: 'PageDown' });
    const both = store.getState().timeline;
    expect(both && isoDay(both.to)).toBe('2024-02-20');

    fireEvent.keyDown(start as HTMLElement, { key: 'PageDown' });
    fireEvent.keyDown(end as HTMLElement, { key: 'PageUp' });
    expect(store.getState().timeline).toBeNull();
  });
});
