/**
 * A small Sankey layout (after d3-sankey's idea, without the iterative relaxation): nodes in fixed
 * columns, stacked by value, links as bands whose thickness is their value. Pure: numbers in, SVG
 * coordinates out.
 */
export type SankeyNodeInput = { key: string; label: string; column: number };
export type SankeyLinkInput = { from: string; to: string; value: number };

export type SankeyNode = SankeyNodeInput & {
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
};

export type SankeyLink = SankeyLinkInput & {
  /** Thickness of the band. */
  width: number;
  /** Centre of the band where it leaves the source and where it reaches the target. */
  sourceY: number;
  targetY: number;
  x0: number;
  x1: number;
};

export type SankeyLayout = {
  width: number;
  height: number;
  columns: number;
  nodes: SankeyNode[];
  links: SankeyLink[];
};

export type SankeyOptions = {
  width: number;
  height: number;
  nodeWidth?: number;
  nodePadding?: number;
  /** The thinnest a node may be drawn, so a node of one victim can still be seen and pointed at. */
  minNodeHeight?: number;
};

export function layoutSankey(
  nodesIn: readonly SankeyNodeInput[],
  linksIn: readonly SankeyLinkInput[],
  { width, height, nodeWidth = 14, nodePadding = 10, minNodeHeight = 2 }: SankeyOptions,
): SankeyLayout {
  const byKey = new Map(nodesIn.map((node) => [node.key, node]));
  const links = linksIn.filter(
    (link) => link.value > 0 && byKey.has(link.from) && byKey.has(link.to) && link.from !== link.to,
  );
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of links) {
    outflow.set(link.from, (outflow.get(link.from) ?? 0) + link.value);
    inflow.set(link.to, (inflow.get(link.to) ?? 0) + link.value);
  }
  const value = (key: string) => Math.max(inflow.get(key) ?? 0, outflow.get(key) ?? 0);

  const columnCount = nodesIn.reduce((max, node) => Math.max(max, node.column + 1), 0);
  const columns: SankeyNodeInput[][] = Array.from({ length: columnCount }, () => []);
  for (const node of nodesIn) if (value(node.key) > 0) columns[node.column]?.push(node);

  // One vertical scale for every column: the fullest column fills the height.
  let scale = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    const total = column.reduce((sum, node) => sum + value(node.key), 0);
    if (total === 0) continue;
    const room = height - Math.max(0, column.length - 1) * nodePadding;
    scale = Math.min(scale, Math.max(room, 1) / total);
  }
  if (!Number.isFinite(scale)) scale = 0;

  const step = columnCount > 1 ? (width - nodeWidth) / (columnCount - 1) : 0;
  const nodes: SankeyNode[] = [];
  const placed = new Map<string, SankeyNode>();
  columns.forEach((column, index) => {
    const heights = column.map((node) => Math.max(value(node.key) * scale, minNodeHeight));
    const used =
      heights.reduce((sum, h) => sum + h, 0) + Math.max(0, column.length - 1) * nodePadding;
    let y = Math.max(0, (height - used) / 2);
    const x0 = index * step;
    column.forEach((node, i) => {
      const h = heights[i] ?? minNodeHeight;
      const laid: SankeyNode = {
        ...node,
        value: value(node.key),
        x0,
        x1: x0 + nodeWidth,
        y0: y,
        y1: y + h,
      };
      nodes.push(laid);
      placed.set(node.key, laid);
      y += h + nodePadding;
    });
  });

  // Bands leave and enter each node in the order of the node at their other end, so they cross less.
  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const sorted = [...links].sort((a, b) => {
    const sa = placed.get(a.from) as SankeyNode;
    const sb = placed.get(b.from) as SankeyNode;
    const ta = placed.get(a.to) as SankeyNode;
    const tb = placed.get(b.to) as SankeyNode;
    return sa.y0 - sb.y0 || ta.y0 - tb.y0;
  });
  const outgoing = [...sorted].sort((a, b) => {
    const ta = placed.get(a.to) as SankeyNode;
    const tb = placed.get(b.to) as SankeyNode;
    return ta.y0 - tb.y0;
  });
  const sourceY = new Map<SankeyLinkInput, number>();
  for (const link of outgoing) {
    const source = placed.get(link.from) as SankeyNode;
    const offset = outOffset.get(link.from) ?? 0;
    const w = link.value * scale;
    sourceY.set(link, source.y0 + offset + w / 2);
    outOffset.set(link.from, offset + w);
  }
  const result: SankeyLink[] = sorted.map((link) => {
    const source = placed.get(link.from) as SankeyNode;
    const target = placed.get(link.to) as SankeyNode;
    const w = link.value * scale;
    const offset = inOffset.get(link.to) ?? 0;
    inOffset.set(link.to, offset + w);
    return {
      ...link,
      width: w,
      sourceY: sourceY.get(link) ?? source.y0,
      targetY: target.y0 + offset + w / 2,
      x0: source.x1,
      x1: target.x0,
    };
  });

  return { width, height, columns: columnCount, nodes, links: result };
}

/** The SVG path of a band's centre line: a horizontal S-curve between the two columns. */
export function sankeyLinkPath(
  link: Pick<SankeyLink, 'x0' | 'x1' | 'sourceY' | 'targetY'>,
): string {
  const mid = (link.x0 + link.x1) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(link.x0)},${r(link.sourceY)}C${r(mid)},${r(link.sourceY)} ${r(mid)},${r(link.targetY)} ${r(link.x1)},${r(link.targetY)}`;
}

export type SankeyLabel = {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
};

/** A text's width as drawn, estimated per character (wide enough for Latin and Khmer at 11 px). */
export const estimateTextWidth = (text: string, charWidth = 6.6) => [...text].length * charWidth;

/**
 * PURE: where each node's label goes and how much of it fits. The first column is labelled on its
 * left, in the margin; the others on their right, cut short (…) so that the label ends before the
 * next column's bars (the last column has the right margin). The count always shows.
 */
export function placeSankeyLabels(
  layout: Pick<SankeyLayout, 'nodes' | 'width'>,
  {
    margin,
    gap = 6,
    measure = estimateTextWidth,
  }: { margin: number; gap?: number; measure?: (text: string) => number },
): SankeyLabel[] {
  const columnX = new Map<number, number>();
  for (const node of layout.nodes)
    columnX.set(node.column, Math.min(columnX.get(node.column) ?? node.x0, node.x0));
  return layout.nodes.map((node) => {
    const left = node.column === 0;
    const next = columnX.get(node.column + 1);
    const room = left
      ? margin - gap
      : (next === undefined ? layout.width + margin : next) - node.x1 - 2 * gap;
    const count = ` (${node.value})`;
    return {
      key: node.key,
      x: left ? node.x0 - gap : node.x1 + gap,
      y: (node.y0 + node.y1) / 2,
      anchor: left ? 'end' : 'start',
      text: fitText(node.label, room - measure(count), measure) + count,
    };
  });
}

/** The text, or as much of it as fits in `width` followed by an ellipsis. */
export function fitText(text: string, width: number, measure = estimateTextWidth): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
