import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId } from 'react';

type HintedButtonProps = ButtonProps & {
  onClick: () => void;
  /** Why the button cannot run now; null when it can. */
  disabledHint: string | null;
  'data-testid'?: string;
};

/**
 * A button that, when it cannot run, stays focusable and says why (tooltip and aria-describedby):
 * a plain disabled button is skipped by the keyboard and shows no tooltip.
 */
export function HintedButton({ onClick, disabledHint, children, ...props }: HintedButtonProps) {
  const hintId = useId();
  const disabled = disabledHint !== null;
  return (
    <>
      <Tooltip label={disabledHint} disabled={!disabled} withinPortal>
        <Button
          {...props}
          onClick={() => {
            if (!disabled) onClick();
          }}
          aria-disabled={disabled || undefined}
          data-disabled={disabled || undefined}
          aria-describedby={disabled ? hintId : undefined}
        >
          {children}
        </Button>
      </Tooltip>
      {/* Beside the button, not in it: the button's name stays its visible text. */}
      {disabled && <VisuallyHidden id={hintId}>{disabledHint}</VisuallyHidden>}
    </>
  );
}
