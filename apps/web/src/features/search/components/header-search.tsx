import {
  Anchor,
  Badge,
  Group,
  Kbd,
  Loader,
  Popover,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useHotkeys, useId } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SEARCH_MIN_LENGTH, type RecordKind } from '@khsae/domain';

import { searchQueryOptions } from '@/api/search';
import { SearchIcon } from '@/components/icons';
import { ScriptText } from '@/components/script-text';
import type { SearchResult } from '@/lib/api-types';
import { recordPath } from '@/lib/record-paths';
import { hasKhmer, KHMER_FONT_STACK } from '@/lib/script';

import {
  flattenGroups,
  groupResults,
  placeDescription,
  placeTitle,
  searchKeyAction,
  searchPagePath,
} from '../search-navigation';

export const HEADER_SEARCH_DEBOUNCE_MS = 200;
const HEADER_SEARCH_LIMIT = 20;

export type HeaderSearchProps = {
  /** The kinds this user may read that have a page to open. */
  kinds: readonly RecordKind[];
  /** Where a place result opens (the link graph around it), or null where the user cannot go. */
  placePath?: (id: string) => string | null;
};

/** The page a result opens, if any. */
export function resultPath(
  result: SearchResult,
  placePath: HeaderSearchProps['placePath'],
): string | null {
  return result.kind === 'place'
    ? (placePath?.(result.id) ?? null)
    : recordPath(result.kind, result.id);
}

/**
 * One search box for the whole app: finds records and places as the user types (Khmer or Latin script,
 * codes, phone numbers), grouped by kind, exact matches first and marked. Arrow keys move, Enter opens
 * the highlighted record's page or, with none highlighted, the results page; Esc closes.
 */
export function HeaderSearch({ kinds, placePath }: HeaderSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(text, HEADER_SEARCH_DEBOUNCE_MS);
  const q = debounced.trim();
  const search = useQuery(searchQueryOptions({ q, kinds, limit: HEADER_SEARCH_LIMIT }));
  useHotkeys([['mod+K', () => inputRef.current?.focus()]]);

  const tooShort = text.trim().length < SEARCH_MIN_LENGTH;
  const settled = !tooShort && q === text.trim() && !search.isFetching && search.data !== undefined;
  const groups = tooShort ? [] : groupResults(search.data ?? []);
  const flat = flattenGroups(groups);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(path: string) {
    close();
    setText('');
    inputRef.current?.blur();
    void navigate(path);
  }

  function openResult(result: SearchResult) {
    const path = resultPath(result, placePath);
    if (path) go(path);
  }

  function openAll() {
    if (!tooShort) go(searchPagePath(text));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const action = searchKeyAction(event.key, open ? active : -1, open ? flat.length : 0);
    switch (action.type) {
      case 'move':
        event.preventDefault();
        setActive(action.index);
        document.getElementById(optionId(action.index))?.scrollIntoView({ block: 'nearest' });
        return;
      case 'open': {
        event.preventDefault();
        const result = flat[action.index];
        if (result) openResult(result);
        return;
      }
      case 'all':
        event.preventDefault();
        openAll();
        return;
      case 'close':
        if (open) event.preventDefault();
        close();
        return;
      case 'none':
        if (event.key === 'ArrowDown' && !open) setOpen(true);
        return;
    }
  }

  const positionOf = new Map(flat.map((result, i) => [`${result.kind}:${result.id}`, i]));
  return (
    <Popover
      opened={open && text.trim().length > 0}
      onChange={setOpen}
      position="bottom-start"
      width="target"
      shadow="md"
      trapFocus={false}
      returnFocus={false}
      withRoles={false}
      middlewares={{ flip: false, shift: true }}
    >
      <Popover.Target>
        <TextInput
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={open && text.trim().length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          placeholder={t('search.placeholder')}
          leftSection={<SearchIcon size={16} />}
          rightSection={search.isFetching && !tooShort ? <Loader size={14} /> : null}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={handleKeyDown}
          styles={{ input: hasKhmer(text) ? { fontFamily: KHMER_FONT_STACK } : undefined }}
          w="100%"
          data-testid="header-search"
        />
      </Popover.Target>
      <Popover.Dropdown p={4} data-testid="header-search-results">
        {tooShort ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('search.typeMore', { min: SEARCH_MIN_LENGTH })}
          </Text>
        ) : flat.length === 0 ? (
          <Stack gap={2} p="sm" role="status">
            {settled ? (
              <>
                <Text size="sm" fw={600}>
                  {t('search.noMatches')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('search.noMatchesHint')}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('search.searching')}
              </Text>
            )}
          </Stack>
        ) : (
          <div
            id={listId}
            role="listbox"
            aria-label={t('search.label')}
            style={{ maxHeight: 420, overflowY: 'auto' }}
            // Keep focus in the input while clicking a result.
            onMouseDown={(event) => event.preventDefault()}
          >
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`}>
                <Text
                  id={`${listId}-${group.kind}`}
                  size="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  px="sm"
                  pt="xs"
                  pb={2}
                >
                  {t(`search.groups.${group.kind}`)}
                </Text>
                {group.results.map((result) => {
                  const key = `${result.kind}:${result.id}`;
                  const position = positionOf.get(key) ?? -1;
                  const selected = position === active;
                  const openable = resultPath(result, placePath) !== null;
                  return (
                    <UnstyledButton
                      key={key}
                      id={optionId(position)}
                      role="option"
                      aria-selected={selected}
                      aria-disabled={openable ? undefined : true}
                      tabIndex={-1}
                      onMouseEnter={() => setActive(position)}
                      onClick={() => openResult(result)}
                      w="100%"
                      px="sm"
                      py={6}
                      bg={selected ? 'indigo.0' : undefined}
                      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
                      data-testid="search-result"
                    >
                      <ResultLine result={result} />
                    </UnstyledButton>
                  );
                })}
              </div>
            ))}
            <Group justify="space-between" px="sm" py={4}>
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={openAll}
                data-testid="search-see-all"
              >
                {t('search.seeAll', { q: text.trim() })}
              </Anchor>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> <Kbd size="xs">Enter</Kbd>{' '}
                <Kbd size="xs">Esc</Kbd>
              </Text>
            </Group>
          </div>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

/** A result: its label (a place in both scripts), where it lies or its sublabel, what matched, exact or similar. */
export function ResultLine({ result }: { result: SearchResult }) {
  const { t, i18n } = useTranslation();
  const title = result.kind === 'place' ? placeTitle(result) : result.label;
  const description =
    result.kind === 'place' ? placeDescription(result, i18n.language) : result.sublabel;
  const showMatch =
    result.matchedText !== result.label &&
    !title.includes(result.matchedText) &&
    !(description ?? '').includes(result.matchedText);
  const field = t(`search.matchedField.${result.matchedField}` as never, {
    defaultValue: result.matchedField,
  });
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
        <ScriptText size="sm" fw={600} component="span">
          {title}
        </ScriptText>
        <MatchBadge match={result.match} />
      </Group>
      {description ? (
        <ScriptText size="xs" c="dimmed" component="span">
          {description}
        </ScriptText>
      ) : null}
      {showMatch ? (
        <Text size="xs" c="indigo.7" component="span" data-testid="search-matched">
          {t('search.matched', { field, text: result.matchedText })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** "Exact match" stands out; "Similar" says the record only resembles what was typed. */
export function MatchBadge({ match }: { match: SearchResult['match'] }) {
  const { t } = useTranslation();
  return match === 'exact' ? (
    <Badge size="xs" variant="filled" style={{ flexShrink: 0 }} data-testid="search-match">
      {t('search.exact')}
    </Badge>
  ) : (
    <Badge
      size="xs"
      variant="outline"
      color="gray"
      style={{ flexShrink: 0 }}
      data-testid="search-match"
    >
      {t('search.similar')}
    </Badge>
  );
}
