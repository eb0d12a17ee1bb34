import type { StylesheetJson } from 'cytoscape';

import type { ConfidenceGrade, RecordKind } from '@khsae/domain';

/** Class names the elements carry (set by to-elements.ts); the stylesheet is the only place they look. */
export const CLASS = {
  group: 'group',
  /** A seed or a record added from search: not brought in by an expansion. */
  origin: 'origin',
  pinned: 'pinned',
  /** Has neighbours not on the canvas. */
  expandable: 'expandable',
  onPath: 'on-path',
  faded: 'faded',
  /** Sized by key-player score. */
  scored: 'scored',
  outOfRange: 'out-of-range',
} as const;

export type NodeShape =
  'ellipse' | 'round-diamond' | 'round-rectangle' | 'round-hexagon' | 'round-tag';

/** Shape and colour per record kind; the legend draws the same. */
export const KIND_STYLES: Record<RecordKind, { shape: NodeShape; color: string }> = {
  broker: { shape: 'ellipse', color: '#c92a2a' },
  victim: { shape: 'round-diamond', color: '#1971c2' },
  compound: { shape: 'round-rectangle', color: '#5f3dc4' },
  place: { shape: 'round-hexagon', color: '#2b8a3e' },
  route: { shape: 'round-tag', color: '#d9480f' },
};

/** Shades within a kind: a broker's role, a victim's or compound's status, a place's kind. */
export const CATEGORY_COLORS: Record<string, string> = {
  'broker-local_recruiter': '#fa5252',
  'broker-transporter': '#e8590c',
  'broker-foreign_agent': '#a61e4d',
  'broker-compound_manager': '#862e2e',
  'broker-financier': '#c2255c',
  'victim-missing': '#ffffff',
  'victim-in_compound': '#1864ab',
  'victim-rescued': '#1098ad',
  'victim-in_shelter': '#15aabf',
  'victim-repatriated': '#4dabf7',
  'victim-reintegrated': '#74c0fc',
  'compound-suspected': '#9775fa',
  'compound-active': '#5f3dc4',
  'compound-raided': '#7950f2',
  'compound-closed': '#868e96',
  'compound-relocated': '#b197fc',
  'place-village': '#40c057',
  'place-country': '#2b8a3e',
};

/** How each grade draws: confirmed solid … unverified faint dotted. */
export const CONFIDENCE_STYLES: Record<
  ConfidenceGrade,
  { lineStyle: 'solid' | 'dashed' | 'dotted'; width: number; opacity: number }
> = {
  confirmed: { lineStyle: 'solid', width: 2.4, opacity: 0.9 },
  probable: { lineStyle: 'dashed', width: 1.8, opacity: 0.85 },
  possible: { lineStyle: 'dotted', width: 1.6, opacity: 0.8 },
  unverified: { lineStyle: 'dotted', width: 1.2, opacity: 0.4 },
};

export const HIGHLIGHT_COLOR = '#f08c00';
export const SELECTED_COLOR = '#212529';
const EDGE_COLOR = '#868e96';
// Labels are drawn in the bundled fonts: Inter for Latin, Noto Sans Khmer for Khmer script.
// (Cytoscape's font-family parser accepts double quotes only.)
export const LABEL_FONT = 'Inter, "Noto Sans Khmer", system-ui, sans-serif';

export type StylesheetOptions = {
  /** Straight, unarrowed "haystack" edges: much cheaper to draw, used on large canvases. */
  haystackEdges?: boolean;
};

/** PURE: the whole look of the canvas. */
export function buildStylesheet({ haystackEdges = false }: StylesheetOptions = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': 11,
        color: '#212529',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // Below this on-screen size labels are skipped: a zoomed-out canvas of thousands stays fluid.
        'min-zoomed-font-size': 7,
        width: 26,
        height: 26,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'background-color': '#adb5bd',
      },
    },
  ];
  for (const [kind, { shape, color }] of Object.entries(KIND_STYLES)) {
    sheet.push({ selector: `node.kind-${kind}`, style: { shape, 'background-color': color } });
  }
  for (const [category, color] of Object.entries(CATEGORY_COLORS)) {
    sheet.push({ selector: `node.${category}`, style: { 'background-color': color } });
  }
  sheet.push(
    // A missing victim is drawn hollow: nobody knows where they are.
    {
      selector: 'node.victim-missing',
      style: { 'border-width': 3, 'border-color': KIND_STYLES.victim.color },
    },
    { selector: 'node.place-village', style: { width: 20, height: 20 } },
    { selector: `node.${CLASS.origin}`, style: { width: 34, height: 34, 'font-weight': 600 } },
    {
      selector: `node.${CLASS.expandable}`,
      style: { 'border-color': '#fab005', 'border-width': 3 },
    },
    {
      selector: `node.${CLASS.pinned}`,
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': SELECTED_COLOR },
    },
    {
      selector: `node.${CLASS.scored}`,
      style: {
        width: 'mapData(score, 0, 1, 18, 72)',
        height: 'mapData(score, 0, 1, 18, 72)',
        'font-size': 'mapData(score, 0, 1, 10, 16)',
      },
    },
    {
      selector: `node.${CLASS.group}`,
      style: {
        shape: 'round-rectangle',
        'background-color': '#e7f5ff',
        'background-opacity': 0.5,
        'border-color': '#74c0fc',
        'border-width': 2,
        'border-style': 'dashed',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 600,
        padding: '16px',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': haystackEdges ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        width: 1.6,
        'line-color': EDGE_COLOR,
        'target-arrow-shape': haystackEdges ? 'none' : 'triangle',
        'target-arrow-color': EDGE_COLOR,
        'arrow-scale': 0.8,
        'font-family': LABEL_FONT,
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 7,
      },
    },
  );
  for (const [grade, { lineStyle, width, opacity }] of Object.entries(CONFIDENCE_STYLES)) {
    sheet.push({
      selector: `edge.confidence-${grade}`,
      style: { 'line-style': lineStyle, width, opacity },
    });
  }
  sheet.push(
    { selector: `edge.${CLASS.outOfRange}`, style: { display: 'none' } },
    { selector: `.${CLASS.faded}`, style: { opacity: 0.12, 'text-opacity': 0.2 } },
    {
      selector: `node.${CLASS.onPath}`,
      style: { 'border-color': HIGHLIGHT_COLOR, 'border-width': 5, 'z-index': 10 },
    },
    {
      selector: `edge.${CLASS.onPath}`,
      style: {
        'line-color': HIGHLIGHT_COLOR,
        'target-arrow-color': HIGHLIGHT_COLOR,
        width: 5,
        opacity: 1,
        label: 'data(typeLabel)',
        'z-index': 10,
      },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': SELECTED_COLOR, 'overlay-opacity': 0.15, 'overlay-padding': 6 },
    },
    {
      selector: 'edge:selected',
      style: {
        'line-color': SELECTED_COLOR,
        'target-arrow-color': SELECTED_COLOR,
        opacity: 1,
        label: 'data(typeLabel)',
      },
    },
  );
  return sheet;
}
