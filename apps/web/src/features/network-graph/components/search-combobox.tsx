import { Combobox, Group, InputBase, Loader, Stack, Text, useCombobox } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';

export type SearchOption = {
  value: string;
  label: string;
  description?: string | null;
  tag?: string | null;
};

export type SearchComboboxProps = {
  label: ReactNode;
  placeholder: string;
  search: string;
  onSearchChange: (search: string) => void;
  options: readonly SearchOption[];
  loading: boolean;
  /** Shown instead of options ("type two letters", "nothing matches"). */
  message: ReactNode;
  onPick: (value: string) => void;
  'data-testid'?: string;
  w?: number | string;
};

/**
 * A search box whose options come from the server as the user types (Mantine's Combobox: arrow
 * keys, Enter and Escape work as in any select). Picking an option hands it over and clears the box.
 */
export function SearchCombobox({
  label,
  placeholder,
  search,
  onSearchChange,
  options,
  loading,
  message,
  onPick,
  w,
  'data-testid': testId,
}: SearchComboboxProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const listId = useId();

  // Highlight the first option as results arrive, so Enter picks it.
  useEffect(() => {
    if (options.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store is stable; run on new options
  }, [options]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        onPick(value);
        onSearchChange('');
        combobox.closeDropdown();
      }}
      withinPortal
      middlewares={{ flip: true, shift: true }}
    >
      <Combobox.Target>
        <InputBase
          label={label}
          placeholder={placeholder}
          value={search}
          w={w}
          data-testid={testId}
          aria-controls={listId}
          onChange={(event) => {
            onSearchChange(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={loading ? <Loader size={16} /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options id={listId} mah={340} style={{ overflowY: 'auto' }}>
          {options.length > 0 ? (
            options.map((option) => (
              <Combobox.Option key={option.value} value={option.value}>
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    {option.tag ? (
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                        {option.tag}
                      </Text>
                    ) : null}
                    <Text size="sm" fw={500}>
                      {option.label}
                    </Text>
                  </Group>
                  {option.description ? (
                    <Text size="xs" c="dimmed">
                      {option.description}
                    </Text>
                  ) : null}
                </Stack>
              </Combobox.Option>
            ))
          ) : (
            <Combobox.Empty>{message}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
