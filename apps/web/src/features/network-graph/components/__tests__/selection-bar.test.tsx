import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { EMPTY_CANVAS, mergeGraph } from '../../model/canvas-state';
import { initialWorkbenchState } from '../../model/workbench-store';
import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import { renderInWorkbench } from '../../testing/render-in-workbench';
import { SelectionBar } from '../selection-bar';

const broker = graphNode('broker', 1, { depth: 0, label: 'Heng Dara' });
const victim = graphNode('victim', 2, { label: 'V-2026-000007' });
const canvas = mergeGraph(
  EMPTY_CANVAS,
  graphResult([broker, victim], [graphEdge(broker, victim)]),
  {
    broughtBy: broker.key,
  },
).state;

function renderBar(state = initialWorkbenchState()) {
  const findPath = jest.fn();
  const findKeyPlayers = jest.fn();
  renderInWorkbench(<SelectionBar />, { state, commands: { findPath, findKeyPlayers } });
  return { findPath, findKeyPlayers };
}

function describedBy(button: HTMLElement): string {
  const id = button.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

describe('SelectionBar', () => {
  it('should say why Key players and Find path cannot run on an empty canvas, and not run them', () => {
    const { findPath, findKeyPlayers } = renderBar();
    const keyPlayers = screen.getByTestId('graph-key-players-button');
    const path = screen.getByTestId('graph-find-path');
    expect(keyPlayers.getAttribute('aria-disabled')).toBe('true');
    // The hint describes the button; its name stays its visible text.
    expect(screen.getByRole('button', { name: 'Key players' })).toBe(keyPlayers);
    expect(screen.getByRole('button', { name: 'Find path' })).toBe(
      screen.getByTestId('graph-find-path'),
    );
    expect(describedBy(keyPlayers)).toBe('Add records to the canvas first.');
    expect(path.getAttribute('aria-disabled')).toBe('true');
    expect(describedBy(path)).toContain('Select exactly two records');
    fireEvent.click(keyPlayers);
    fireEvent.click(path);
    expect(findKeyPlayers).not.toHaveBeenCalled();
    expect(findPath).not.toHaveBeenCalled();
  });

  it('should keep Find path disabled with one record selected and run it with two', () => {
    const one = renderBar({
      ...initialWorkbenchState(canvas),
      selection: { nodes: [broker.key], links: [] },
    });
    const keyPlayers = screen.getByTestId('graph-key-players-button');
    expect(keyPlayers.getAttribute('aria-disabled')).toBeNull();
    expect(keyPlayers.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(keyPlayers);
    expect(one.findKeyPlayers).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('graph-find-path').getAttribute('aria-disabled')).toBe('true');
  });

  it('should run Find path with exactly two records selected', () => {
    const two = renderBar({
      ...initialWorkbenchState(canvas),
      selection: { nodes: [broker.key, victim.key], links: [] },
    });
    const path = screen.getByTestId('graph-find-path');
    expect(path.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(path);
    expect(two.findPath).toHaveBeenCalledTimes(1);
  });
});
