import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export type TagBadgeProps = Pick<BadgeProps, 'color' | 'variant'> & { children: ReactNode };

/** A status, role or kind as a small badge, in the case it is written in and never wrapped. */
export function TagBadge({ color, variant = 'light', children }: TagBadgeProps) {
  return (
    <Badge
      color={color}
      variant={variant}
      tt="none"
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {children}
    </Badge>
  );
}
