import { Box } from '@mantine/core';
import { useMemo, useState } from 'react';

import { KIND_STYLES } from '../cytoscape/stylesheet';
import { FLOW_COLUMNS } from '../model/village-flow';
import {
  layoutSankey,
  placeSankeyLabels,
  sankeyLinkPath,
  type SankeyLinkInput,
  type SankeyNodeInput,
} from '../model/sankey';

const WIDTH = 760;
const ROW_HEIGHT = 26;
const LABEL_ROOM = 150;
const COLUMN_COLORS = [
  KIND_STYLES.place.color,
  KIND_STYLES.broker.color,
  KIND_STYLES.compound.color,
  '#495057',
];

export type SankeyDiagramProps = {
  nodes: SankeyNodeInput[];
  links: SankeyLinkInput[];
  title: string;
  columnTitles: string[];
  linkTitle: (from: string, to: string, count: number) => string;
};

/** Villages → brokers → compounds → countries, drawn in SVG from the pure layout in sankey.ts. */
export function SankeyDiagram({
  nodes,
  links,
  title,
  columnTitles,
  linkTitle,
}: SankeyDiagramProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const fullest = Math.max(
    1,
    ...FLOW_COLUMNS.map((_, i) => nodes.filter((n) => n.column === i).length),
  );
  const height = Math.max(320, fullest * ROW_HEIGHT);
  const layout = useMemo(
    () => layoutSankey(nodes, links, { width: WIDTH - 2 * LABEL_ROOM, height, nodePadding: 8 }),
    [nodes, links, height],
  );
  const labelOf = new Map(layout.nodes.map((n) => [n.key, n.label]));
  const placed = new Map(
    placeSankeyLabels(layout, { margin: LABEL_ROOM }).map((label) => [label.key, label]),
  );

  return (
    <Box style={{ overflowX: 'auto' }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height + 28}`}
        width="100%"
        style={{ minWidth: 640, fontFamily: "Inter, 'Noto Sans Khmer', sans-serif" }}
        role="img"
        aria-label={title}
        data-testid="flows-sankey"
      >
        <title>{title}</title>
        {columnTitles.map((text, i) => {
          const x =
            LABEL_ROOM +
            (i * (WIDTH - 2 * LABEL_ROOM - 14)) / Math.max(1, columnTitles.length - 1) +
            7;
          return (
            <text
              key={text}
              x={x}
              y={12}
              fontSize={12}
              fontWeight={600}
              textAnchor="middle"
              fill="#495057"
            >
              {text}
            </text>
          );
        })}
        <g transform={`translate(${LABEL_ROOM}, 24)`}>
          {layout.links.map((link) => {
            const id = `${link.from}>${link.to}`;
            const active = hovered === null || hovered === link.from || hovered === link.to;
            return (
              <path
                key={id}
                d={sankeyLinkPath(link)}
                fill="none"
                stroke="#868e96"
                strokeOpacity={active ? 0.4 : 0.1}
                strokeWidth={Math.max(1, link.width)}
              >
                <title>
                  {linkTitle(
                    labelOf.get(link.from) ?? link.from,
                    labelOf.get(link.to) ?? link.to,
                    link.value,
                  )}
                </title>
              </path>
            );
          })}
          {layout.nodes.map((node) => {
            // Villages are labelled on their left, the rest on their right, ending before the next column.
            const label = placed.get(node.key);
            return (
              <g
                key={node.key}
                onMouseEnter={() => setHovered(node.key)}
                onMouseLeave={() => setHovered(null)}
                data-key={node.key}
              >
                <rect
                  x={node.x0}
                  y={node.y0}
                  width={node.x1 - node.x0}
                  height={Math.max(1, node.y1 - node.y0)}
                  fill={COLUMN_COLORS[node.column] ?? '#868e96'}
                  rx={2}
                >
                  <title>{`${node.label}: ${node.value}`}</title>
                </rect>
                <text
                  x={label?.x}
                  y={label?.y}
                  dy="0.35em"
                  fontSize={11}
                  // A white halo keeps labels readable where they cross the bands.
                  paintOrder="stroke"
                  stroke="#ffffff"
                  strokeWidth={3}
                  textAnchor={label?.anchor}
                  fill="#212529"
                >
                  {label?.text}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </Box>
  );
}
