import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

import { SearchIcon } from './icons';

export type SearchInputProps = {
  label: string;
  placeholder?: string;
  /** The committed value (from the URL). */
  value: string;
  onCommit: (value: string) => void;
  w?: number | string;
};

/** A list's text filter: commits 300 ms after typing stops, and follows the URL when it changes. */
export function SearchInput({ label, placeholder, value, onCommit, w = 280 }: SearchInputProps) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback(onCommit, 300);

  // Follow the URL when it changes from outside (back button, "clear filters").
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value);
  }

  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<SearchIcon size={16} />}
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      w={w}
    />
  );
}
