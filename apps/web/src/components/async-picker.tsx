import {
  CloseButton,
  Combobox,
  Group,
  InputBase,
  Loader,
  Stack,
  Text,
  useCombobox,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';

import { hasKhmer, KHMER_FONT_STACK } from '@/lib/script';

export type PickerOption = {
  id: string;
  /** The option's main line, e.g. a place name. */
  label: string;
  /** The second line, e.g. the place's parents. */
  description?: string | null;
  /** A small tag in front, e.g. "Village" or "Broker". */
  tag?: string | null;
  /** Shown in the input once chosen; defaults to the label. */
  inputLabel?: string;
};

export type AsyncPickerProps<T extends PickerOption> = {
  label: ReactNode;
  value: T | null;
  onChange: (value: T | null) => void;
  /** The text typed so far; the owner debounces it and fetches `options`. */
  search: string;
  onSearchChange: (search: string) => void;
  options: readonly T[];
  loading: boolean;
  /** Shown in the dropdown instead of options (e.g. "type 2 letters", "nothing found"). */
  message: ReactNode;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  clearLabel: string;
  w?: number | string;
  'data-testid'?: string;
};

function khmerStyle(text: string | null | undefined) {
  return hasKhmer(text) ? { fontFamily: KHMER_FONT_STACK } : undefined;
}

/**
 * A searchable picker whose options come from the server as the user types: Mantine's Combobox,
 * so arrow keys, Enter and Esc work as in any select. Each option shows a second line (e.g. its parents).
 */
export function AsyncPicker<T extends PickerOption>({
  label,
  value,
  onChange,
  search,
  onSearchChange,
  options,
  loading,
  message,
  placeholder,
  description,
  error,
  required,
  disabled,
  clearLabel,
  w,
  'data-testid': testId,
}: AsyncPickerProps<T>) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [typing, setTyping] = useState(false);
  const listId = useId();

  // Highlight the first option as results arrive, so Enter picks it.
  useEffect(() => {
    if (typing && options.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store is stable; run on new options
  }, [options, typing]);

  const shown = value ? (value.inputLabel ?? value.label) : '';
  const inputValue = typing ? search : shown;

  function pick(id: string) {
    const option = options.find((o) => o.id === id);
    if (!option) return;
    onChange(option);
    setTyping(false);
    onSearchChange('');
    combobox.closeDropdown();
  }

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={pick}
      withinPortal
      disabled={disabled}
      middlewares={{ flip: true, shift: true }}
    >
      <Combobox.Target>
        <InputBase
          label={label}
          description={description}
          error={error}
          required={required}
          disabled={disabled}
          placeholder={placeholder}
          value={inputValue}
          w={w}
          data-testid={testId}
          style={khmerStyle(inputValue)}
          styles={{ input: khmerStyle(inputValue) }}
          aria-controls={listId}
          onChange={(event) => {
            setTyping(true);
            onSearchChange(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            setTyping(false);
            combobox.closeDropdown();
          }}
          rightSection={
            loading && typing ? (
              <Loader size={16} />
            ) : value && !disabled ? (
              <CloseButton
                size="sm"
                aria-label={clearLabel}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  onChange(null);
                  onSearchChange('');
                }}
              />
            ) : (
              <Combobox.Chevron />
            )
          }
          rightSectionPointerEvents={value || (loading && typing) ? 'all' : 'none'}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options id={listId} mah={320} style={{ overflowY: 'auto' }}>
          {options.length > 0 ? (
            options.map((option) => (
              <Combobox.Option key={option.id} value={option.id} active={option.id === value?.id}>
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    {option.tag ? (
                      <Text size="xs" style={{ flexShrink: 0, opacity: 0.7 }}>
                        {option.tag}
                      </Text>
                    ) : null}
                    <Text size="sm" fw={500} style={khmerStyle(option.label)}>
                      {option.label}
                    </Text>
                  </Group>
                  {option.description ? (
                    <Text size="xs" style={{ opacity: 0.75, ...khmerStyle(option.description) }}>
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
