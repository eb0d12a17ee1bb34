import { describe, expect, it } from '@jest/globals';

import type { VillageFlow } from '@/lib/api-types';

import { countryName, flowColumnOf, villageFlowToSankey } from '../village-flow';

const flow: VillageFlow = {
  area: { id: 'p', label: 'Prey Veng' },
  villages: [
    { id: 'v1', label: 'Krabau Chuor', victims: 3 },
    { id: 'v2', label: 'Veal', victims: 1 },
  ],
  brokers: [{ id: 'b1', label: 'Chan Visal', code: 'B-0001', victims: 2 }],
  destinations: [
    { key: 'compound:c1', label: 'Golden Lotus Park', country: 'KH', victims: 2 },
    { key: 'compound:unknown', label: 'Not known', country: '', victims: 2 },
  ],
  flows: [
    { from: 'place:v1', to: 'broker:b1', victims: 2 },
    { from: 'place:v1', to: 'broker:unknown', victims: 1 },
    { from: 'place:v2', to: 'broker:unknown', victims: 1 },
    { from: 'broker:b1', to: 'compound:c1', victims: 2 },
    { from: 'broker:unknown', to: 'compound:unknown', victims: 2 },
    { from: 'compound:c1', to: 'country:KH', victims: 2 },
  ],
  totalVictims: 4,
};

describe('villageFlowToSankey', () => {
  const labels = {
    unknownBroker: 'Broker not known',
    unknownCompound: 'Compound not known',
    country: (code: string) => `country ${code}`,
  };
  const { nodes, links } = villageFlowToSankey(flow, labels);

  it('should put villages, brokers, compounds and countries in four columns', () => {
    expect(nodes.map((n) => [n.key, n.column])).toEqual([
      ['place:v1', 0],
      ['place:v2', 0],
      ['broker:b1', 1],
      ['broker:unknown', 1],
      ['compound:c1', 2],
      ['compound:unknown', 2],
      ['country:KH', 3],
    ]);
  });

  it('should name unknown brokers and compounds and countries in the user language', () => {
    const label = (key: string) => nodes.find((n) => n.key === key)?.label;
    expect(label('broker:unknown')).toBe('Broker not known');
    expect(label('compound:unknown')).toBe('Compound not known');
    expect(label('country:KH')).toBe('country KH');
    expect(label('place:v1')).toBe('Krabau Chuor');
  });

  it('should put the code after the name of two brokers called alike, and only then', () => {
    expect(nodes.find((n) => n.key === 'broker:b1')?.label).toBe('Chan Visal');
    const twins = villageFlowToSankey(
      {
        ...flow,
        brokers: [
          { id: 'b1', label: 'Chan Visal', code: 'B-0001', victims: 1 },
          { id: 'b2', label: 'Chan Visal', code: 'B-0002', victims: 1 },
        ],
        flows: [
          { from: 'place:v1', to: 'broker:b1', victims: 1 },
          { from: 'place:v1', to: 'broker:b2', victims: 1 },
        ],
      },
      labels,
    );
    expect(twins.nodes.filter((n) => n.column === 1).map((n) => n.label)).toEqual([
      'Chan Visal · B-0001',
      'Chan Visal · B-0002',
    ]);
  });

  it('should carry every flow as a link', () => {
    expect(links).toHaveLength(6);
    expect(links[0]).toEqual({ from: 'place:v1', to: 'broker:b1', value: 2 });
  });

  it('should know the column of a key', () => {
    expect(flowColumnOf('country:MM')).toBe('country');
    expect(flowColumnOf('victim:x')).toBeNull();
  });

  it('should name countries, or fall back to the code', () => {
    expect(countryName('MM', 'en')).toMatch(/Myanmar/);
    expect(countryName('??', 'en')).toBe('??');
  });
});
