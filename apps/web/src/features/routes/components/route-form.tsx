import {
  Divider,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import type { RecruitmentRoute } from '@khsae/domain';

import { usePickers } from '@/components/pickers';
import { RecordFormFrame } from '@/components/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import { enumOptions, isEnumValue } from '@/lib/enumerations';
import { differingKeys } from '@/lib/forms';

import { useCreateRoute, useUpdateRoute } from '../api/route-mutations';
import {
  EMPTY_ROUTE_VALUES,
  isRouteField,
  routeBody,
  routePatch,
  routeValues,
  validateRoute,
} from '../route-form-values';
import { LegsEditor } from './legs-editor';
import { useRouteRows } from './use-route-rows';

const CONFLICT_KEYS = [
  'name',
  'originPlace',
  'destinationCompound',
  'destinationPlace',
  'lureJob',
  'lureChannel',
  'moneyAdvanced',
  'currency',
  'firstSeen',
  'lastSeen',
  'notes',
  'legs',
];

export type RouteFormProps = {
  route: RecruitmentRoute | null;
  onSaved: (route: RecruitmentRoute) => void;
  onCancel: () => void;
};

export function RouteForm({ route, onSaved, onCancel }: RouteFormProps) {
  const { t } = useTranslation();
  const { PlacePicker, RecordPicker } = usePickers();
  const rows = useRouteRows();
  const form = useRecordForm({
    record: route,
    empty: EMPTY_ROUTE_VALUES,
    valuesOf: routeValues,
    validate: (values) => validateRoute(values, t),
    fields: isRouteField,
    body: routeBody,
    patch: routePatch,
    create: useCreateRoute(),
    update: useUpdateRoute(),
    onSaved: (saved, mode) => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'green',
        message:
          mode === 'create'
            ? t('routes.create.success', { name: saved.name })
            : t('routes.update.success', { name: saved.name }),
      });
      onSaved(saved);
    },
  });
  const { values, set, errors } = form;

  return (
    <RecordFormFrame
      aria-label={route ? t('routes.update.title', { name: route.name }) : t('routes.create.title')}
      onSubmit={form.submit}
      onCancel={onCancel}
      submitLabel={route ? t('registry.saveChanges') : t('routes.create.submit')}
      pending={form.pending}
      formError={form.formError}
      noChanges={form.noChanges}
      conflict={
        form.conflict && form.base
          ? {
              current: rows(form.conflict),
              changed: differingKeys(form.base, form.conflict, CONFLICT_KEYS),
              onReload: () => form.conflict && form.reload(form.conflict),
            }
          : null
      }
    >
      <Stack gap="md">
        <TextInput
          label={t('routes.fields.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <PlacePicker
          label={t('routes.fields.originPlace')}
          value={values.originPlace}
          onChange={(place) => {
            set('originPlace', place);
            // The first leg starts at the origin unless the user chose otherwise.
            const first = values.legs[0];
            if (first && (!first.from || first.from.id === values.originPlace?.id)) {
              set('legs', [{ ...first, from: place }, ...values.legs.slice(1)]);
            }
          }}
          error={errors.originPlaceId}
          required
          data-testid="route-origin"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="route-destination-kind">
            {t('routes.fields.destinationKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="route-destination-kind"
            value={values.destinationKind}
            onChange={(value) => set('destinationKind', value === 'place' ? 'place' : 'compound')}
            data={[
              { value: 'compound', label: t('routes.fields.toCompound') },
              { value: 'place', label: t('routes.fields.toPlace') },
            ]}
            w="fit-content"
          />
        </Stack>
        {values.destinationKind === 'compound' ? (
          <RecordPicker
            label={t('routes.fields.destinationCompound')}
            kinds={['compound']}
            value={values.destinationCompound}
            onChange={(compound) => set('destinationCompound', compound)}
            error={errors.destinationCompoundId}
          />
        ) : (
          <PlacePicker
            label={t('routes.fields.destinationPlace')}
            value={values.destinationPlace}
            onChange={(place) => set('destinationPlace', place)}
            error={errors.destinationPlaceId}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('routes.fields.lureJob')}
            value={values.lureJob}
            onChange={(event) => set('lureJob', event.currentTarget.value)}
            error={errors.lureJob}
          />
          <Select
            label={t('routes.fields.lureChannel')}
            data={enumOptions(t, 'recruitmentChannel')}
            value={values.lureChannel}
            onChange={(value) =>
              set('lureChannel', isEnumValue('recruitmentChannel', value) ? value : null)
            }
            error={errors.lureChannel}
            clearable
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <NumberInput
            label={t('routes.fields.moneyAdvanced')}
            value={values.moneyAdvanced}
            onChange={(value) => set('moneyAdvanced', value)}
            error={errors.moneyAdvanced}
            min={0}
            decimalScale={2}
            hideControls
          />
          <TextInput
            label={t('routes.fields.currency')}
            value={values.currency}
            onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
            error={errors.currency}
            maxLength={3}
          />
          <TextInput
            type="date"
            label={t('routes.fields.firstSeen')}
            value={values.firstSeen}
            onChange={(event) => set('firstSeen', event.currentTarget.value)}
            error={errors.firstSeen}
          />
          <TextInput
            type="date"
            label={t('routes.fields.lastSeen')}
            value={values.lastSeen}
            min={values.firstSeen || undefined}
            onChange={(event) => set('lastSeen', event.currentTarget.value)}
            error={errors.lastSeen}
          />
        </SimpleGrid>
        <Textarea
          label={t('routes.fields.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
        />
        <Divider my="xs" />
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('routes.legs.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('routes.legs.description')}
          </Text>
          {errors.legs ? (
            <Text size="sm" c="red" role="alert">
              {errors.legs}
            </Text>
          ) : null}
        </Stack>
        <LegsEditor
          legs={values.legs}
          origin={values.originPlace}
          errors={errors}
          onChange={(legs) => set('legs', legs)}
        />
      </Stack>
    </RecordFormFrame>
  );
}
