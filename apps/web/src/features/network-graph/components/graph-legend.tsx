import { Group, Text } from '@mantine/core';

import { CONFIDENCE_GRADES, RECORD_KINDS } from '@khsae/domain';

import { CONFIDENCE_STYLES, KIND_STYLES, type NodeShape } from '../cytoscape/stylesheet';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { confidenceLabel, kindLabel } from '../i18n/graph-labels';

// Small SVG stand-ins for the canvas shapes, so the legend draws what the canvas draws.
const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: 'M7 1a6 6 0 1 0 0.01 0z',
  'round-diamond': 'M7 1 13 7 7 13 1 7z',
  'round-rectangle': 'M2 3h10v8H2z',
  'round-hexagon': 'M4 1.5h6L13 7l-3 5.5H4L1 7z',
  'round-tag': 'M1 3h8l4 4-4 4H1z',
};

/** What the shapes, colours and line styles mean. */
export function GraphLegend() {
  const { t } = useGraphTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-label={t('legend.title')} role="group">
      {RECORD_KINDS.map((kind) => (
        <Group key={kind} gap={4} wrap="nowrap">
          <svg width={14} height={14} aria-hidden="true">
            <path d={SHAPE_PATHS[KIND_STYLES[kind].shape]} fill={KIND_STYLES[kind].color} />
          </svg>
          <Text size="xs">{kindLabel(t, kind)}</Text>
        </Group>
      ))}
      {CONFIDENCE_GRADES.map((grade) => {
        const style = CONFIDENCE_STYLES[grade];
        const dash =
          style.lineStyle === 'dashed'
            ? '5 3'
            : style.lineStyle === 'dotted'
              ? '1.5 2.5'
              : undefined;
        return (
          <Group key={grade} gap={4} wrap="nowrap">
            <svg width={24} height={8} aria-hidden="true">
              <line
                x1={0}
                y1={4}
                x2={24}
                y2={4}
                stroke="#495057"
                strokeWidth={style.width}
                strokeOpacity={style.opacity}
                strokeDasharray={dash}
              />
            </svg>
            <Text size="xs">{confidenceLabel(t, grade)}</Text>
          </Group>
        );
      })}
      <Group gap={4} wrap="nowrap">
        <svg width={14} height={14} aria-hidden="true">
          <circle cx={7} cy={7} r={5} fill="#dee2e6" stroke="#fab005" strokeWidth={2.5} />
        </svg>
        <Text size="xs">{t('legend.expandable')}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <svg width={14} height={14} aria-hidden="true">
          <circle cx={7} cy={7} r={5} fill="#dee2e6" stroke="#212529" strokeWidth={1} />
          <circle cx={7} cy={7} r={6.3} fill="none" stroke="#212529" strokeWidth={1} />
        </svg>
        <Text size="xs">{t('legend.pinned')}</Text>
      </Group>
    </Group>
  );
}
