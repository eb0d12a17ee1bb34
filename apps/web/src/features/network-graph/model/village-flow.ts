import type { VillageFlow } from '@/lib/api-types';

import { distinctLabels } from './display-labels';
import type { SankeyLinkInput, SankeyNodeInput } from './sankey';

export const UNKNOWN_BROKER_KEY = 'broker:unknown';
export const UNKNOWN_COMPOUND_KEY = 'compound:unknown';
const COUNTRY_PREFIX = 'country:';

/** The four columns of the diagram, left to right, by the kind in the key of their nodes. */
export const FLOW_COLUMNS = ['place', 'broker', 'compound', 'country'] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number];

export function flowColumnOf(key: string): FlowColumn | null {
  const prefix = key.slice(0, key.indexOf(':'));
  return (FLOW_COLUMNS as readonly string[]).includes(prefix) ? (prefix as FlowColumn) : null;
}

export function countryCodeOf(key: string): string | null {
  return key.startsWith(COUNTRY_PREFIX) ? key.slice(COUNTRY_PREFIX.length) : null;
}

export type FlowLabels = {
  unknownBroker: string;
  unknownCompound: string;
  country: (code: string) => string;
};

/** Villages → brokers → compounds → countries as Sankey input, with labels in the user's language. */
export function villageFlowToSankey(
  flow: VillageFlow,
  labels: FlowLabels,
): { nodes: SankeyNodeInput[]; links: SankeyLinkInput[] } {
  const names = new Map<string, string>();
  for (const v of flow.villages) names.set(`place:${v.id}`, v.label);
  // Two brokers of one name are told apart by their code after the name.
  const brokers = distinctLabels(
    flow.brokers.map((b) => ({ key: `broker:${b.id}`, label: b.label, sublabel: b.code })),
  );
  for (const [key, label] of brokers) names.set(key, label);
  for (const d of flow.destinations) names.set(d.key, d.label);
  names.set(UNKNOWN_BROKER_KEY, labels.unknownBroker);
  names.set(UNKNOWN_COMPOUND_KEY, labels.unknownCompound);

  // Every key a flow mentions becomes a node, in the order the API ranked them (most victims first).
  const order = [
    ...flow.villages.map((v) => `place:${v.id}`),
    ...flow.brokers.map((b) => `broker:${b.id}`),
    UNKNOWN_BROKER_KEY,
    ...flow.destinations.map((d) => d.key),
  ];
  const mentioned = new Set(flow.flows.flatMap((f) => [f.from, f.to]));
  const countries = [...mentioned].filter((key) => countryCodeOf(key) !== null).sort();
  const nodes: SankeyNodeInput[] = [];
  const seen = new Set<string>();
  for (const key of [...order, ...countries, ...mentioned]) {
    if (seen.has(key) || !mentioned.has(key)) continue;
    const column = flowColumnOf(key);
    if (column === null) continue;
    seen.add(key);
    const code = countryCodeOf(key);
    nodes.push({
      key,
      label: code === null ? (names.get(key) ?? key) : labels.country(code),
      column: FLOW_COLUMNS.indexOf(column),
    });
  }
  const links = flow.flows.map((f) => ({ from: f.from, to: f.to, value: f.victims }));
  return { nodes, links };
}

/** A country's name in the user's language, or its code when the browser cannot name it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
