import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';

import type { KeyPlayer } from '@/lib/api-types';

import { initialWorkbenchState } from '../../model/workbench-store';
import { renderInWorkbench } from '../../testing/render-in-workbench';
import { KeyPlayersPanel } from '../key-players-panel';

const player = (label: string, kind: KeyPlayer['kind'], betweenness: number): KeyPlayer => ({
  key: `${kind}:${label}`,
  label,
  kind,
  betweenness,
  degree: 2,
});

const players = [
  player('Krabau Chuor', 'place', 50),
  player('Golden Lotus Park', 'compound', 30),
  player('V-2026-000007', 'victim', 20),
  player('Heng Dara', 'broker', 10),
];

function listed(): string[] {
  const table = screen.getByRole('table', { name: 'Key players' });
  return within(table)
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
}

describe('KeyPlayersPanel', () => {
  it('should rank persons, brokers first, and include places and compounds with the switch', () => {
    const { store } = renderInWorkbench(<KeyPlayersPanel />, {
      state: { ...initialWorkbenchState(), keyPlayers: players },
    });
    expect(listed()).toEqual(['Heng Dara', 'V-2026-000007']);
    fireEvent.click(screen.getByRole('switch', { name: /Include places, compounds and routes/ }));
    expect(store.getState().keyPlayersAllKinds).toBe(true);
    expect(listed()).toEqual(['Krabau Chuor', 'Golden Lotus Park', 'V-2026-000007', 'Heng Dara']);
  });
});
