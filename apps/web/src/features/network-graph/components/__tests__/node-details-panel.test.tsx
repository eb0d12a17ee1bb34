import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { EMPTY_CANVAS, mergeGraph } from '../../model/canvas-state';
import { initialWorkbenchState } from '../../model/workbench-store';
import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import { renderInWorkbench } from '../../testing/render-in-workbench';
import { NodeDetailsPanel } from '../node-details-panel';

const broker = graphNode('broker', 1, {
  depth: 0,
  label: 'ហេង ដារ៉ា',
  sublabel: 'B-0001',
  category: 'local_recruiter',
});
const village = graphNode('place', 2, { label: 'Krabau Chuor', category: 'village' });
const link = graphEdge(broker, village, {
  type: 'located_in',
  confidence: 'probable',
  evidence: 'Seen at the market',
  startedOn: '2024-02-01',
});
const canvas = mergeGraph(
  EMPTY_CANVAS,
  graphResult([broker, village], [link], { frontier: [{ key: broker.key, hidden: 5 }] }),
  { broughtBy: broker.key },
).state;

function renderPanel(selectedNodes: string[], selectedLinks: string[] = []) {
  const onExpand = jest.fn();
  const onCollapse = jest.fn();
  const onSelect = jest.fn();
  renderInWorkbench(<NodeDetailsPanel />, {
    state: {
      ...initialWorkbenchState(canvas),
      selection: { nodes: selectedNodes, links: selectedLinks },
    },
    commands: { select: onSelect, expand: onExpand, collapse: onCollapse },
  });
  return { onExpand, onCollapse, onSelect };
}

describe('NodeDetailsPanel', () => {
  it('should show a record with its links, evidence and page, and expand it', () => {
    const { onExpand, onCollapse } = renderPanel([broker.key]);
    expect(screen.getByRole('heading', { name: 'ហេង ដារ៉ា' })).toBeTruthy();
    expect(screen.getByText('Local recruiter')).toBeTruthy();
    expect(screen.getByText('5')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the record' }).getAttribute('href')).toBe(
      `/brokers/${broker.id}`,
    );
    expect(screen.getByText('Links on the canvas (1)')).toBeTruthy();
    expect(screen.getByText('Seen at the market')).toBeTruthy();
    expect(screen.getByText('Probable')).toBeTruthy();
    // Dates as the app shows them everywhere.
    expect(screen.getByText(/since 1 Feb 2024/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Expand (1 hop)' }));
    expect(onExpand).toHaveBeenCalledWith(broker.key);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse' }));
    expect(onCollapse).toHaveBeenCalledWith(broker.key);
  });

  it('should say that places have no page of their own', () => {
    renderPanel([village.key]);
    expect(screen.getByText('Places have no page of their own.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open the record' })).toBeNull();
    // Nothing was brought in by expanding the village.
    expect((screen.getByRole('button', { name: 'Collapse' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('should list the records on the canvas for the keyboard when nothing is selected', () => {
    const { onSelect } = renderPanel([]);
    fireEvent.click(screen.getByRole('option', { name: 'Krabau Chuor Place' }));
    expect(onSelect).toHaveBeenCalledWith(village.key);
  });

  it('should describe a selected link', () => {
    renderPanel([], [link.id]);
    expect(screen.getByRole('heading', { name: 'Link' })).toBeTruthy();
    expect(screen.getByText('Located in →')).toBeTruthy();
  });
});
