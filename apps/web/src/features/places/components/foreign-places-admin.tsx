import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { ErrorAlert, FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';
import { SearchInput } from '@/components/search-input';
import { SectionCard } from '@/components/section-card';
import { isApiError } from '@/lib/api';
import type { Place } from '@/lib/api-types';
import { countryName } from '@/lib/countries';
import { currentLanguage } from '@/lib/i18n';

import {
  FOREIGN_PAGE_SIZE,
  FOREIGN_PLACE_KINDS,
  type ForeignPlaceFilter,
  type ForeignPlaceKind,
  foreignPlacesQueryOptions,
  useArchivePlace,
  useCreatePlace,
  useRestorePlace,
  useUpdatePlace,
} from '../api/foreign-places';
import { useGazetteerTranslation } from '../i18n/gazetteer-i18n';

/** Cities, border crossings and airports: listed by kind, added, corrected and archived. */
export function ForeignPlacesAdmin({ canRestore }: { canRestore: boolean }) {
  const { t } = useGazetteerTranslation();
  const { t: tApp, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [filter, setFilter] = useState<ForeignPlaceFilter>({
    kind: 'city',
    q: '',
    archived: false,
    page: 1,
  });
  const places = useQuery(foreignPlacesQueryOptions(filter));
  const [editing, setEditing] = useState<Place | 'new' | null>(null);
  const archive = useArchivePlace();
  const restore = useRestorePlace();
  const update = (changes: Partial<ForeignPlaceFilter>) =>
    setFilter((f) => ({ ...f, page: 1, ...changes }));
  const pages = places.data ? Math.max(1, Math.ceil(places.data.total / FOREIGN_PAGE_SIZE)) : 1;

  return (
    <SectionCard
      title={t('foreign.title')}
      description={t('foreign.description')}
      data-testid="foreign-places"
      actions={<Button onClick={() => setEditing('new')}>{t('foreign.add')}</Button>}
    >
      <Stack gap="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('foreign.kind')}
            value={filter.kind}
            onChange={(kind) => update({ kind })}
            data={FOREIGN_PLACE_KINDS.map((kind) => ({
              value: kind,
              label: t(`foreign.kinds.${kind}`),
            }))}
          />
          <SearchInput
            label={t('foreign.search')}
            value={filter.q}
            onCommit={(q) => update({ q })}
          />
          <Checkbox
            label={t('foreign.showArchived')}
            checked={filter.archived}
            onChange={(e) => update({ archived: e.currentTarget.checked })}
          />
        </Group>
        {places.error ? (
          <ErrorAlert error={places.error} onRetry={() => void places.refetch()} />
        ) : null}
        <FormErrorAlert error={archive.error ?? restore.error} />
        {places.data && places.data.items.length === 0 ? (
          <Text size="sm">{t('foreign.empty')}</Text>
        ) : null}
        {places.data && places.data.items.length > 0 ? (
          <Table striped withTableBorder aria-label={t(`foreign.kinds.${filter.kind}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('foreign.nameLatin')}</Table.Th>
                <Table.Th>{t('foreign.nameKm')}</Table.Th>
                <Table.Th>{t('foreign.country')}</Table.Th>
                <Table.Th>{t('foreign.code')}</Table.Th>
                <Table.Th>{t('foreign.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {places.data.items.map((place) => (
                <Table.Tr key={place.id} data-testid="foreign-place-row">
                  <Table.Td>
                    {place.nameLatin}{' '}
                    {place.archivedAt ? (
                      <Badge color="gray" variant="light" size="sm">
                        {t('foreign.archived')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td lang="km">{place.nameKm ?? '—'}</Table.Td>
                  <Table.Td>{countryName(place.countryCode, language)}</Table.Td>
                  <Table.Td ff="monospace">{place.code ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing(place)}
                        disabled={!!place.archivedAt}
                        aria-label={`${t('foreign.edit')} ${place.nameLatin}`}
                      >
                        {t('foreign.edit')}
                      </Button>
                      {place.archivedAt ? (
                        canRestore ? (
                          <Button
                            size="xs"
                            variant="default"
                            loading={restore.isPending && restore.variables === place.id}
                            onClick={() =>
                              restore.mutate(place.id, {
                                onSuccess: () => notifyDone(tApp, t('foreign.restoredDone')),
                              })
                            }
                            aria-label={`${t('foreign.restore')} ${place.nameLatin}`}
                          >
                            {t('foreign.restore')}
                          </Button>
                        ) : null
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          loading={archive.isPending && archive.variables === place.id}
                          onClick={() =>
                            archive.mutate(place.id, {
                              onSuccess: () => notifyDone(tApp, t('foreign.archivedDone')),
                            })
                          }
                          aria-label={`${t('foreign.archive')} ${place.nameLatin}`}
                        >
                          {t('foreign.archive')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {pages > 1 ? (
          <Pagination
            total={pages}
            value={filter.page}
            onChange={(page) => setFilter((f) => ({ ...f, page }))}
          />
        ) : null}
      </Stack>
      <PlaceFormModal
        key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
        place={editing}
        kind={filter.kind}
        onClose={() => setEditing(null)}
      />
    </SectionCard>
  );
}

type FormValues = {
  nameLatin: string;
  nameKm: string;
  countryCode: string | null;
  code: string;
  lat: number | string;
  lng: number | string;
};

const numberOrNull = (v: number | string) => (typeof v === 'number' ? v : null);

/** Adds a place of the kind shown, or corrects one (its names and coordinates, with its version). */
function PlaceFormModal({
  place,
  kind,
  onClose,
}: {
  place: Place | 'new' | null;
  kind: ForeignPlaceKind;
  onClose: () => void;
}) {
  const { t } = useGazetteerTranslation();
  const { t: tApp } = useTranslation();
  const existing = place && place !== 'new' ? place : null;
  const [current, setCurrent] = useState<Place | null>(existing);
  const [values, setValues] = useState<FormValues>({
    nameLatin: existing?.nameLatin ?? '',
    nameKm: existing?.nameKm ?? '',
    countryCode: existing?.countryCode ?? null,
    code: existing?.code ?? '',
    lat: existing?.lat ?? '',
    lng: existing?.lng ?? '',
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useCreatePlace();
  const update = useUpdatePlace();
  const error = create.error ?? update.error;
  const problems = isApiError(error) ? error.fieldProblems() : {};
  const conflict = isApiError(error) && error.status === 409;
  const problem = (field: keyof FormValues) => missing[field] ?? problems[field]?.[0];
  const set = (changes: Partial<FormValues>) => setValues((v) => ({ ...v, ...changes }));

  const submit = () => {
    const needed: Record<string, string> = {};
    if (!values.nameLatin.trim()) needed['nameLatin'] = t('foreign.nameRequired');
    if (!current && !values.countryCode) needed['countryCode'] = t('foreign.countryRequired');
    setMissing(needed);
    if (Object.keys(needed).length) return;
    const common = {
      nameLatin: values.nameLatin,
      nameKm: values.nameKm.trim() || null,
      lat: numberOrNull(values.lat),
      lng: numberOrNull(values.lng),
    };
    if (current)
      update.mutate(
        { id: current.id, version: current.version, ...common },
        {
          onSuccess: () => {
            notifyDone(tApp, t('foreign.updated'));
            onClose();
          },
          onError: (err) => {
            // A stale version: show the place as it is now and let the admin change it again.
            if (isApiError(err) && err.status === 409 && err.body.current)
              setCurrent(err.body.current as Place);
          },
        },
      );
    else
      create.mutate(
        { kind, countryCode: values.countryCode!, code: values.code.trim() || null, ...common },
        {
          onSuccess: () => {
            notifyDone(tApp, t('foreign.created'));
            onClose();
          },
        },
      );
  };

  return (
    <Modal
      opened={place !== null}
      onClose={onClose}
      title={
        current
          ? `${t('foreign.edit')} ${current.nameLatin}`
          : `${t('foreign.add')}: ${t(`foreign.singular.${kind}`)}`
      }
    >
      <Stack gap="sm">
        {conflict ? (
          <Text size="sm" c="red" role="alert">
            {t('foreign.conflict')}
          </Text>
        ) : (
          <FormErrorAlert error={Object.keys(problems).length ? null : error} />
        )}
        <TextInput
          label={t('foreign.nameLatin')}
          required
          value={values.nameLatin}
          onChange={(e) => set({ nameLatin: e.currentTarget.value })}
          error={problem('nameLatin')}
        />
        <TextInput
          label={t('foreign.nameKm')}
          lang="km"
          value={values.nameKm}
          onChange={(e) => set({ nameKm: e.currentTarget.value })}
          error={problem('nameKm')}
        />
        {current ? null : (
          <>
            <CountrySelect
              label={t('foreign.country')}
              required
              value={values.countryCode}
              onChange={(countryCode) => set({ countryCode })}
              error={problem('countryCode')}
            />
            <TextInput
              label={t('foreign.code')}
              description={t('foreign.codeHint')}
              value={values.code}
              onChange={(e) => set({ code: e.currentTarget.value })}
              error={problem('code')}
            />
          </>
        )}
        <Group grow>
          <NumberInput
            label={t('foreign.lat')}
            value={values.lat}
            onChange={(lat) => set({ lat })}
            min={-90}
            max={90}
            decimalScale={6}
            error={problem('lat')}
          />
          <NumberInput
            label={t('foreign.lng')}
            value={values.lng}
            onChange={(lng) => set({ lng })}
            min={-180}
            max={180}
            decimalScale={6}
            error={problem('lng')}
          />
        </Group>
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('foreign.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending || update.isPending}>
            {t('foreign.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
