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

/** Data flag of a record whose label would overlap another label or record (hooks/use-label-collision.ts). */
export const LABEL_HIDDEN = 'labelHidden';

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
export const EDGE_COLOR = '#868e96';
/** The fill of a record whose kind has no colour (never expected; cytoscape needs one). */
const NODE_COLOR = '#adb5bd';

/** Marks beyond kind and category; the stylesheet and the legend (cytoscape/legend.ts) both read these. */
export const MARK_STYLES = {
  node: { size: 26, borderWidth: 1.5, borderColor: '#ffffff' },
  village: { size: 20 },
  origin: { size: 34, fontWeight: 600 },
  /** A missing victim is drawn hollow: nobody knows where they are. */
  missing: { borderWidth: 3, borderColor: KIND_STYLES.victim.color },
  /** Has neighbours off the canvas: a small grey badge with their count at the top right. */
  badge: { fill: '#495057', text: '#ffffff', size: 15 },
  pinned: { borderStyle: 'double', borderWidth: 5, borderColor: SELECTED_COLOR },
  scored: { minSize: 18, maxSize: 72 },
  group: { fill: '#e7f5ff', fillOpacity: 0.5, borderColor: '#74c0fc', borderWidth: 2 },
  onPath: { color: HIGHLIGHT_COLOR, nodeBorderWidth: 5, edgeWidth: 5 },
  faded: { opacity: 0.12 },
  selected: { color: SELECTED_COLOR, overlayOpacity: 0.15 },
} as const;

/** PURE: the badge of a record with `count` neighbours off the canvas, as an SVG data URI. */
export function badgeImage(count: number): string {
  const text = count > 99 ? '99+' : String(count);
  const { fill, text: ink } = MARK_STYLES.badge;
  const width = text.length > 1 ? 8 + text.length * 7 : 20;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20">` +
    `<rect x="1" y="1" width="${width - 2}" height="18" rx="9" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text x="${width / 2}" y="14.5" font-family="Inter, sans-serif" font-size="12" font-weight="600" text-anchor="middle" fill="${ink}">${text}</text>` +
    `</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
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
        width: MARK_STYLES.node.size,
        height: MARK_STYLES.node.size,
        'border-width': MARK_STYLES.node.borderWidth,
        'border-color': MARK_STYLES.node.borderColor,
        'background-color': NODE_COLOR,
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
    {
      selector: 'node.victim-missing',
      style: {
        'border-width': MARK_STYLES.missing.borderWidth,
        'border-color': MARK_STYLES.missing.borderColor,
      },
    },
    {
      selector: 'node.place-village',
      style: { width: MARK_STYLES.village.size, height: MARK_STYLES.village.size },
    },
    {
      selector: `node.${CLASS.origin}`,
      style: {
        width: MARK_STYLES.origin.size,
        height: MARK_STYLES.origin.size,
        'font-weight': MARK_STYLES.origin.fontWeight,
      },
    },
    {
      // A badge, not a ring: most records of a fresh canvas have neighbours off it.
      selector: `node.${CLASS.expandable}`,
      style: {
        'background-image': 'data(badge)',
        'background-width': 'auto',
        'background-height': MARK_STYLES.badge.size,
        'background-position-x': '100%',
        'background-position-y': '0%',
        'background-offset-x': MARK_STYLES.badge.size / 2,
        'background-offset-y': -MARK_STYLES.badge.size / 2,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'bounds-expansion': MARK_STYLES.badge.size,
      },
    },
    {
      selector: `node.${CLASS.pinned}`,
      style: {
        'border-style': MARK_STYLES.pinned.borderStyle,
        'border-width': MARK_STYLES.pinned.borderWidth,
        'border-color': MARK_STYLES.pinned.borderColor,
      },
    },
    {
      selector: `node.${CLASS.scored}`,
      style: {
        width: `mapData(score, 0, 1, ${MARK_STYLES.scored.minSize}, ${MARK_STYLES.scored.maxSize})`,
        height: `mapData(score, 0, 1, ${MARK_STYLES.scored.minSize}, ${MARK_STYLES.scored.maxSize})`,
        'font-size': 'mapData(score, 0, 1, 10, 16)',
      },
    },
    {
      selector: `node.${CLASS.group}`,
      style: {
        shape: 'round-rectangle',
        'background-color': MARK_STYLES.group.fill,
        'background-opacity': MARK_STYLES.group.fillOpacity,
        'border-color': MARK_STYLES.group.borderColor,
        'border-width': MARK_STYLES.group.borderWidth,
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
    {
      selector: `.${CLASS.faded}`,
      style: { opacity: MARK_STYLES.faded.opacity, 'text-opacity': 0.2 },
    },
    // After faded: a label hidden to avoid an overlap stays hidden on a faded record too.
    { selector: `node[?${LABEL_HIDDEN}]`, style: { 'text-opacity': 0 } },
    {
      selector: `node.${CLASS.onPath}`,
      style: {
        'border-color': MARK_STYLES.onPath.color,
        'border-width': MARK_STYLES.onPath.nodeBorderWidth,
        'z-index': 10,
      },
    },
    {
      selector: `edge.${CLASS.onPath}`,
      style: {
        'line-color': MARK_STYLES.onPath.color,
        'target-arrow-color': MARK_STYLES.onPath.color,
        width: MARK_STYLES.onPath.edgeWidth,
        opacity: 1,
        label: 'data(typeLabel)',
        'z-index': 10,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': MARK_STYLES.selected.color,
        'overlay-opacity': MARK_STYLES.selected.overlayOpacity,
        'overlay-padding': 6,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        'line-color': MARK_STYLES.selected.color,
        'target-arrow-color': MARK_STYLES.selected.color,
        opacity: 1,
        label: 'data(typeLabel)',
      },
    },
  );
  return sheet;
}
