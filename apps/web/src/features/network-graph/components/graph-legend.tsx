import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { legendEntries, SHAPE_PATHS, type LegendSwatch } from '../cytoscape/legend';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { legendText } from '../i18n/graph-labels';

const DASHES = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' } as const;

const ENTRIES = legendEntries();
const SECTIONS = ['kinds', 'categories', 'links', 'marks'] as const;

/** One entry's picture, in the stylesheet's colours. */
export function LegendSwatchIcon({ swatch }: { swatch: LegendSwatch }) {
  switch (swatch.type) {
    case 'node': {
      // Larger and smaller records are drawn larger and smaller within the same box.
      const scale = swatch.size ? Math.min(1.25, Math.max(0.75, swatch.size / 26)) : 1;
      return (
        <svg
          width={18}
          height={18}
          viewBox="-2 -2 18 18"
          aria-hidden="true"
          data-swatch={swatch.fill}
        >
          <g transform={`translate(7 7) scale(${scale}) translate(-7 -7)`} opacity={swatch.opacity}>
            <path
              d={SHAPE_PATHS[swatch.shape]}
              fill={swatch.fill}
              stroke={swatch.stroke ?? '#868e96'}
              strokeWidth={swatch.strokeWidth ?? 0.5}
            />
            {swatch.double && (
              <path
                d="M7 -0.6a7.6 7.6 0 1 0 0.01 0z"
                fill="none"
                stroke={swatch.stroke}
                strokeWidth={swatch.strokeWidth}
              />
            )}
          </g>
        </svg>
      );
    }
    case 'line':
      return (
        <svg width={26} height={10} aria-hidden="true" data-swatch={swatch.color}>
          <line
            x1={0}
            y1={5}
            x2={26}
            y2={5}
            stroke={swatch.color}
            strokeWidth={swatch.width}
            strokeOpacity={swatch.opacity}
            strokeDasharray={DASHES[swatch.dash]}
          />
        </svg>
      );
    case 'badge':
      return (
        <svg width={22} height={16} aria-hidden="true" data-swatch={swatch.fill}>
          <rect x={1} y={1} width={20} height={14} rx={7} fill={swatch.fill} />
          <text
            x={11}
            y={11.5}
            fontSize={10}
            fontWeight={600}
            textAnchor="middle"
            fill={swatch.text}
          >
            3
          </text>
        </svg>
      );
    case 'box':
      return (
        <svg width={22} height={16} aria-hidden="true" data-swatch={swatch.fill}>
          <rect
            x={1}
            y={1}
            width={20}
            height={14}
            rx={3}
            fill={swatch.fill}
            stroke={swatch.stroke}
            strokeDasharray="3 2"
          />
        </svg>
      );
  }
}

/** What every colour, shape, line and mark on the canvas means (cytoscape/legend.ts). */
export function GraphLegend({ id }: { id?: string }) {
  const { t } = useGraphTranslation();
  return (
    <Stack gap="xs" id={id} data-testid="graph-legend">
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`graph-legend-${section}`}>
          <Title order={3} size="h6" id={`graph-legend-${section}`} mb={4}>
            {t(`legend.${section}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing={4} verticalSpacing={2}>
            {ENTRIES.filter((entry) => entry.section === section).map((entry) => (
              <Group key={entry.selectors.join(',')} gap={6} wrap="nowrap">
                <LegendSwatchIcon swatch={entry.swatch} />
                <Text size="xs">{legendText(t, entry)}</Text>
              </Group>
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
