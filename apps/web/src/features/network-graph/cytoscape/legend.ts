import {
  CONFIDENCE_GRADES,
  RECORD_KINDS,
  type ConfidenceGrade,
  type RecordKind,
} from '@khsae/domain';

import type { GraphKey } from '../i18n/graph-i18n';

import {
  CATEGORY_COLORS,
  CLASS,
  CONFIDENCE_STYLES,
  EDGE_COLOR,
  KIND_STYLES,
  LABEL_HIDDEN,
  MARK_STYLES,
  type NodeShape,
} from './stylesheet';

/** Small SVG paths of the canvas shapes in a 14×14 box: the legend and the exported picture draw them. */
export const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: 'M7 1a6 6 0 1 0 0.01 0z',
  'round-diamond': 'M7 1 13 7 7 13 1 7z',
  'round-rectangle': 'M2 3h10v8H2z',
  'round-hexagon': 'M4 1.5h6L13 7l-3 5.5H4L1 7z',
  'round-tag': 'M1 3h8l4 4-4 4H1z',
};

/** How the legend draws one entry, in the stylesheet's own values. */
export type LegendSwatch =
  | {
      type: 'node';
      shape: NodeShape;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      double?: boolean;
      size?: number;
      opacity?: number;
    }
  | {
      type: 'line';
      color: string;
      width: number;
      dash: 'solid' | 'dashed' | 'dotted';
      opacity: number;
    }
  | { type: 'badge'; fill: string; text: string }
  | { type: 'box'; fill: string; stroke: string };

export type LegendLabel =
  | { kind: RecordKind }
  | { kind: RecordKind; category: string }
  | { confidence: ConfidenceGrade }
  | { key: GraphKey };

export type LegendEntry = {
  section: 'kinds' | 'categories' | 'links' | 'marks';
  /** The stylesheet selectors this entry explains. */
  selectors: string[];
  label: LegendLabel;
  swatch: LegendSwatch;
};

/** Selectors the legend need not explain: the defaults every element starts from, and what is not drawn. */
export const UNEXPLAINED_SELECTORS = [
  'node',
  'edge',
  `edge.${CLASS.outOfRange}`,
  `node[?${LABEL_HIDDEN}]`,
];

const NEUTRAL = '#adb5bd';

/** PURE: every colour, shape, fill, line and mark the canvas uses, from the stylesheet's constants. */
export function legendEntries(): LegendEntry[] {
  const entries: LegendEntry[] = RECORD_KINDS.map((kind) => ({
    section: 'kinds',
    selectors: [`node.kind-${kind}`],
    label: { kind },
    swatch: { type: 'node', shape: KIND_STYLES[kind].shape, fill: KIND_STYLES[kind].color },
  }));
  for (const [className, color] of Object.entries(CATEGORY_COLORS)) {
    const [kind, category] = className.split(/-(.*)/s) as [RecordKind, string];
    const missing = className === 'victim-missing';
    const village = className === 'place-village';
    entries.push({
      section: 'categories',
      selectors: [`node.${className}`],
      label: { kind, category },
      swatch: {
        type: 'node',
        shape: KIND_STYLES[kind].shape,
        fill: color,
        ...(missing
          ? {
              stroke: MARK_STYLES.missing.borderColor,
              strokeWidth: MARK_STYLES.missing.borderWidth,
            }
          : {}),
        ...(village ? { size: MARK_STYLES.village.size } : {}),
      },
    });
  }
  for (const grade of CONFIDENCE_GRADES) {
    const style = CONFIDENCE_STYLES[grade];
    entries.push({
      section: 'links',
      selectors: [`edge.confidence-${grade}`],
      label: { confidence: grade },
      swatch: {
        type: 'line',
        color: EDGE_COLOR,
        width: style.width,
        dash: style.lineStyle,
        opacity: style.opacity,
      },
    });
  }
  const mark = (selectors: string[], key: GraphKey, swatch: LegendSwatch) =>
    entries.push({ section: 'marks', selectors, label: { key }, swatch });
  mark([`node.${CLASS.origin}`], 'legend.origin', {
    type: 'node',
    shape: 'ellipse',
    fill: NEUTRAL,
    size: MARK_STYLES.origin.size,
  });
  mark([`node.${CLASS.expandable}`], 'legend.expandable', {
    type: 'badge',
    fill: MARK_STYLES.badge.fill,
    text: MARK_STYLES.badge.text,
  });
  mark([`node.${CLASS.pinned}`], 'legend.pinned', {
    type: 'node',
    shape: 'ellipse',
    fill: NEUTRAL,
    stroke: MARK_STYLES.pinned.borderColor,
    strokeWidth: 1,
    double: true,
  });
  mark([`node.${CLASS.scored}`], 'legend.scored', {
    type: 'node',
    shape: 'ellipse',
    fill: NEUTRAL,
    size: MARK_STYLES.scored.maxSize,
  });
  mark([`node.${CLASS.group}`], 'legend.group', {
    type: 'box',
    fill: MARK_STYLES.group.fill,
    stroke: MARK_STYLES.group.borderColor,
  });
  mark([`node.${CLASS.onPath}`, `edge.${CLASS.onPath}`], 'legend.onPath', {
    type: 'line',
    color: MARK_STYLES.onPath.color,
    width: MARK_STYLES.onPath.edgeWidth,
    dash: 'solid',
    opacity: 1,
  });
  mark([`.${CLASS.faded}`], 'legend.faded', {
    type: 'node',
    shape: 'ellipse',
    fill: NEUTRAL,
    stroke: EDGE_COLOR,
    strokeWidth: 1,
    opacity: MARK_STYLES.faded.opacity,
  });
  mark(['node:selected', 'edge:selected'], 'legend.selected', {
    type: 'line',
    color: MARK_STYLES.selected.color,
    width: CONFIDENCE_STYLES.confirmed.width,
    dash: 'solid',
    opacity: 1,
  });
  return entries;
}
