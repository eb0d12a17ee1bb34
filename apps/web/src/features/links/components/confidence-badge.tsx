import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CONFIDENCE_GRADES, type ConfidenceGrade } from '@khsae/domain';

import { enumLabel } from '@/lib/enumerations';

// Colour, fill and a dot meter: the grades stay distinct without relying on colour alone.
const STYLE: Record<
  ConfidenceGrade,
  { color: string; variant: 'filled' | 'light' | 'outline' | 'dot' }
> = {
  confirmed: { color: 'green', variant: 'filled' },
  probable: { color: 'blue', variant: 'light' },
  possible: { color: 'yellow', variant: 'outline' },
  unverified: { color: 'gray', variant: 'outline' },
};

export function ConfidenceBadge({ confidence }: { confidence: ConfidenceGrade }) {
  const { t } = useTranslation();
  const { color, variant } = STYLE[confidence];
  const strength = CONFIDENCE_GRADES.length - CONFIDENCE_GRADES.indexOf(confidence);
  return (
    <Badge
      color={color}
      variant={variant}
      tt="none"
      radius="sm"
      style={{
        minWidth: 'max-content',
        borderStyle: confidence === 'unverified' ? 'dashed' : undefined,
      }}
      data-confidence={confidence}
      leftSection={
        <Group gap={2} wrap="nowrap" aria-hidden="true">
          {CONFIDENCE_GRADES.map((grade, index) => (
            <span
              key={grade}
              style={{
                width: 5,
                height: 5,
                borderRadius: 5,
                background: 'currentColor',
                opacity: index < strength ? 1 : 0.25,
              }}
            />
          ))}
        </Group>
      }
    >
      {enumLabel(t, 'confidence', confidence)}
    </Badge>
  );
}
