import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { EnumSelect } from '@/components/enum-select';
import { ChevronDownIcon, ChevronUpIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { usePickers } from '@/components/pickers';
import { DayInput } from '@/components/day-input';
import type { PlaceSummary } from '@/lib/api-types';

import { addLeg, moveLeg, removeLeg, updateLeg, type LegDraft } from '../route-legs';

export type LegsEditorProps = {
  legs: LegDraft[];
  origin: PlaceSummary | null;
  /** The form's errors; a leg's are named `legs[1].fromPlaceId`, as the API names them. */
  errors: Readonly<Record<string, ReactNode>>;
  onChange: (legs: LegDraft[]) => void;
};

/**
 * The route's legs as an ordered list: add, remove, and move up or down with buttons (so it works
 * from the keyboard and with a screen reader, which hears where the leg went).
 */
export function LegsEditor({ legs, origin, errors, onChange }: LegsEditorProps) {
  const { t } = useTranslation();
  const { PlacePicker, BrokerPicker } = usePickers();
  const [announcement, setAnnouncement] = useState('');
  // After a move the buttons re-render elsewhere; keep the keyboard focus on the moved leg.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = document.getElementById(pendingFocus.current);
    const input = target?.matches('button, input') ? target : target?.querySelector('input');
    (input ?? target)?.focus();
    pendingFocus.current = null;
  });

  function move(index: number, delta: -1 | 1) {
    const leg = legs[index];
    if (!leg) return;
    const target = index + delta;
    onChange(moveLeg(legs, index, delta));
    const edge =
      target === 0 ? 'down' : target === legs.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    pendingFocus.current = `${leg.key}-${edge}`;
    setAnnouncement(t('routes.legs.moved', { n: target + 1 }));
  }

  function remove(index: number) {
    onChange(removeLeg(legs, index));
    setAnnouncement(t('routes.legs.removed'));
  }

  function add() {
    const next = addLeg(legs, origin);
    onChange(next);
    pendingFocus.current = `${next.at(-1)!.key}-to`;
  }

  return (
    <Stack gap="sm">
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {legs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('routes.legs.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {legs.map((leg, index) => {
            const n = index + 1;
            const error = (field: string) => errors[`legs[${index}].${field}`];
            return (
              <Paper
                key={leg.key}
                component="li"
                withBorder
                radius="md"
                p="md"
                bg="gray.0"
                data-testid="leg-editor"
                aria-label={t('routes.legs.leg', { n })}
              >
                <Group justify="space-between" mb="sm">
                  <Badge variant="light" tt="none">
                    {t('routes.legs.leg', { n })}
                  </Badge>
                  <Group gap={4}>
                    <Tooltip label={t('routes.legs.moveUp', { n })}>
                      <ActionIcon
                        id={`${leg.key}-up`}
                        variant="default"
                        onClick={() => move(index, -1)}
                        disabled={index === 0}
                        aria-label={t('routes.legs.moveUp', { n })}
                      >
                        <ChevronUpIcon size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('routes.legs.moveDown', { n })}>
                      <ActionIcon
                        id={`${leg.key}-down`}
                        variant="default"
                        onClick={() => move(index, 1)}
                        disabled={index === legs.length - 1}
                        aria-label={t('routes.legs.moveDown', { n })}
                      >
                        <ChevronDownIcon size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('routes.legs.remove', { n })}>
                      <ActionIcon
                        variant="default"
                        color="red"
                        onClick={() => remove(index)}
                        aria-label={t('routes.legs.remove', { n })}
                      >
                        <TrashIcon size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <PlacePicker
                    label={t('routes.legs.from')}
                    value={leg.from}
                    onChange={(from) => onChange(updateLeg(legs, index, { from }))}
                    error={error('fromPlaceId')}
                    required
                    data-testid={`leg-${n}-from`}
                  />
                  <div id={`${leg.key}-to`}>
                    <PlacePicker
                      label={t('routes.legs.to')}
                      value={leg.to}
                      onChange={(to) => onChange(updateLeg(legs, index, { to }))}
                      error={error('toPlaceId')}
                      required
                      data-testid={`leg-${n}-to`}
                    />
                  </div>
                  <EnumSelect
                    enumeration="travelMode"
                    label={t('routes.legs.mode')}
                    value={leg.mode}
                    onChange={(mode) => onChange(updateLeg(legs, index, { mode }))}
                    error={error('mode')}
                    required
                  />
                  <BrokerPicker
                    label={t('routes.legs.broker')}
                    value={leg.broker}
                    onChange={(broker) => onChange(updateLeg(legs, index, { broker }))}
                    error={error('brokerId')}
                  />
                  <DayInput
                    label={t('routes.legs.departedOn')}
                    value={leg.departedOn}
                    onChange={(day) => onChange(updateLeg(legs, index, { departedOn: day }))}
                    error={error('departedOn')}
                  />
                  <DayInput
                    label={t('routes.legs.arrivedOn')}
                    value={leg.arrivedOn}
                    minDate={leg.departedOn || undefined}
                    onChange={(day) => onChange(updateLeg(legs, index, { arrivedOn: day }))}
                    error={error('arrivedOn')}
                  />
                </SimpleGrid>
                <TextInput
                  mt="sm"
                  label={t('routes.legs.notes')}
                  value={leg.notes}
                  onChange={(event) =>
                    onChange(updateLeg(legs, index, { notes: event.currentTarget.value }))
                  }
                  error={error('notes')}
                />
              </Paper>
            );
          })}
        </Stack>
      )}
      <Group>
        <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={add}>
          {t('routes.legs.add')}
        </Button>
      </Group>
    </Stack>
  );
}
