import { describe, expect, it } from '@jest/globals';

import type { KeyPlayer } from '@/lib/api-types';

import { rankKeyPlayers } from '../key-players';

const player = (key: string, kind: KeyPlayer['kind'], betweenness: number, degree = 1) => ({
  key,
  label: key,
  kind,
  betweenness,
  degree,
});

const players: KeyPlayer[] = [
  player('village', 'place', 40, 9),
  player('compound', 'compound', 30, 6),
  player('victim', 'victim', 20, 2),
  player('recruiter', 'broker', 10, 3),
  player('transporter', 'broker', 10, 5),
  player('route', 'route', 5),
];

describe('rankKeyPlayers', () => {
  it('should rank persons by default, brokers first, by betweenness then links', () => {
    expect(rankKeyPlayers(players, { allKinds: false }).map((p) => p.key)).toEqual([
      'transporter',
      'recruiter',
      'victim',
    ]);
  });

  it('should rank every kind by betweenness when places and compounds are included', () => {
    expect(rankKeyPlayers(players, { allKinds: true }).map((p) => p.key)).toEqual([
      'village',
      'compound',
      'victim',
      'transporter',
      'recruiter',
      'route',
    ]);
  });
});
