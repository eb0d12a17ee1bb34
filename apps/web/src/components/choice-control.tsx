import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

export type ChoiceControlProps<T extends string> = {
  label: string;
  value: T;
  onChange: (value: T) => void;
  choices: readonly { value: T; label: string }[];
  fullWidth?: boolean;
};

/** One of two or three choices side by side, under a label. */
export function ChoiceControl<T extends string>({
  label,
  value,
  onChange,
  choices,
  fullWidth,
}: ChoiceControlProps<T>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={(next) => {
          const choice = choices.find((option) => option.value === next);
          if (choice) onChange(choice.value);
        }}
        data={[...choices]}
        fullWidth={fullWidth}
        w={fullWidth ? undefined : 'fit-content'}
      />
    </Stack>
  );
}
