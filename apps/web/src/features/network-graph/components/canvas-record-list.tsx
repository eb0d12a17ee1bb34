import { Box, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';

import { useCommands, useWorkbench, useWorkbenchDispatch } from '../hooks/use-workbench';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { kindLabel } from '../i18n/graph-labels';
import { selectLabels, selectVisibleNodes } from '../model/workbench-selectors';

/** Past this many records the list stops; the canvas says how many there are. */
const LISTED_RECORDS = 500;

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
  PageDown: (i, last) => Math.min(last, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
};

/**
 * The keyboard path into the canvas: every drawn record in a list (one Tab stop, the arrows move,
 * Enter or Space selects the record on the canvas and opens its details).
 */
export function CanvasRecordList({ id }: { id?: string }) {
  const { t } = useGraphTranslation();
  const commands = useCommands();
  const dispatch = useWorkbenchDispatch();
  const drawn = useWorkbench(selectVisibleNodes);
  const labels = useWorkbench(selectLabels);
  const selected = useWorkbench((state) => state.selection.nodes);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const records = drawn
    .map((node) => ({ ...node, text: labels.get(node.key) ?? node.label }))
    .sort((a, b) => a.text.localeCompare(b.text))
    .slice(0, LISTED_RECORDS);
  if (records.length === 0) return null;
  const current = Math.min(active, records.length - 1);

  const pick = (key: string) => {
    commands.select(key);
    dispatch({ type: 'showTab', tab: 'details' });
  };
  const focusOption = (index: number) => {
    setActive(index);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      focusOption(move(current, records.length - 1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const record = records[current];
      if (record) pick(record.key);
    }
  };

  return (
    <Box
      ref={listRef}
      id={id}
      role="listbox"
      aria-label={t('canvas.recordList')}
      onKeyDown={onKeyDown}
      data-testid="graph-record-list"
      style={{ maxHeight: 240, overflowY: 'auto' }}
    >
      {records.map((record, index) => (
        <Box
          key={record.key}
          role="option"
          aria-selected={selected.includes(record.key)}
          tabIndex={index === current ? 0 : -1}
          onClick={() => {
            setActive(index);
            pick(record.key);
          }}
          onFocus={() => setActive(index)}
          px={4}
          py={2}
          style={{ borderRadius: 4, cursor: 'pointer' }}
          data-key={record.key}
        >
          <Text size="sm" span fw={selected.includes(record.key) ? 600 : undefined}>
            {record.text}
          </Text>{' '}
          <Text size="xs" c="dimmed" span>
            {kindLabel(t, record.kind)}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
