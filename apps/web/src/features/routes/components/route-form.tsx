import {
  Divider,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ChoiceControl } from '@/components/choice-control';
import { EnumSelect } from '@/components/enum-select';
import { usePickers } from '@/components/pickers';
import { RecordFormLayout, useRegistryForm, type RecordFormEnds } from '@/components/record-form';
import { DayInput } from '@/components/day-input';
import type { RecruitmentRoute } from '@/lib/api-types';

import { useCreateRoute, useUpdateRoute } from '../api/route-mutations';
import { routeForm } from '../route-form-values';
import { LegsEditor } from './legs-editor';
import { useRouteRows } from './use-route-rows';

export type RouteFormProps = RecordFormEnds<RecruitmentRoute> & {
  route: RecruitmentRoute | null;
};

export function RouteForm({ route, onSaved, onCancel }: RouteFormProps) {
  const { t } = useTranslation();
  const { PlacePicker, RecordPicker } = usePickers();
  const form = useRegistryForm(routeForm, {
    record: route,
    create: useCreateRoute(),
    update: useUpdateRoute(),
    onSaved,
  });
  const { values, errors } = form;
  const set = form.setFieldValue;

  return (
    <RecordFormLayout form={form} rows={useRouteRows()} onCancel={onCancel}>
      <TextInput label={t('routes.fields.name')} {...form.field('name')} required data-autofocus />
      <PlacePicker
        label={t('routes.fields.originPlace')}
        {...form.field('originPlace', 'originPlaceId')}
        onChange={(place) => {
          set('originPlace', place);
          // The first leg starts at the origin unless the user chose otherwise.
          const first = values.legs[0];
          if (first && (!first.from || first.from.id === values.originPlace?.id)) {
            set('legs', [{ ...first, from: place }, ...values.legs.slice(1)]);
          }
        }}
        required
        data-testid="route-origin"
      />
      <ChoiceControl
        label={t('routes.fields.destinationKind')}
        {...form.field('destinationKind')}
        choices={[
          { value: 'compound', label: t('routes.fields.toCompound') },
          { value: 'place', label: t('routes.fields.toPlace') },
        ]}
      />
      {values.destinationKind === 'compound' ? (
        <RecordPicker
          label={t('routes.fields.destinationCompound')}
          kinds={['compound']}
          {...form.field('destinationCompound', 'destinationCompoundId')}
        />
      ) : (
        <PlacePicker
          label={t('routes.fields.destinationPlace')}
          {...form.field('destinationPlace', 'destinationPlaceId')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('routes.fields.lureJob')} {...form.field('lureJob')} />
        <EnumSelect
          enumeration="recruitmentChannel"
          label={t('routes.fields.lureChannel')}
          {...form.field('lureChannel')}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <NumberInput
          label={t('routes.fields.moneyAdvanced')}
          {...form.field('moneyAdvanced')}
          min={0}
          decimalScale={2}
          hideControls
        />
        <TextInput
          label={t('routes.fields.currency')}
          {...form.field('currency')}
          onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
          maxLength={3}
        />
        <DayInput label={t('routes.fields.firstSeen')} {...form.field('firstSeen')} />
        <DayInput
          label={t('routes.fields.lastSeen')}
          {...form.field('lastSeen')}
          minDate={values.firstSeen || undefined}
        />
      </SimpleGrid>
      <Textarea label={t('routes.fields.notes')} {...form.field('notes')} autosize minRows={2} />
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
    </RecordFormLayout>
  );
}
