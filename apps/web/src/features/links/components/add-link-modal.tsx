import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RECORD_KINDS, type RecordRef } from '@khsae/domain';

import { usePickers } from '@/components/pickers';
import { describeError } from '@/lib/describe-error';
import { enumOptions, isEnumValue } from '@/lib/enumerations';
import { hasErrors, type FieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/api-client';

import { useCreateLink } from '../api/link-mutations';
import {
  emptyLinkValues,
  linkBody,
  linkServerField,
  validateLink,
  type LinkDraft,
  type LinkFormField,
  type LinkFormValues,
} from '../link-form-values';

export type AddLinkModalProps = {
  opened: boolean;
  record: RecordRef;
  draft: LinkDraft | null;
  onClose: () => void;
};

export function AddLinkModal({ opened, record, draft, onClose }: AddLinkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('links.formTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <AddLinkForm
          key={draft ? `draft-${draft.nonce}` : 'blank'}
          record={record}
          draft={draft}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function AddLinkForm({
  record,
  draft,
  onDone,
}: {
  record: RecordRef;
  draft: LinkDraft | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { RecordPicker } = usePickers();
  const createLink = useCreateLink();
  const [values, setValues] = useState<LinkFormValues>(() => emptyLinkValues(draft ?? undefined));
  const [errors, setErrors] = useState<FieldErrors<LinkFormField>>({});

  function set<K extends keyof LinkFormValues>(key: K, value: LinkFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateLink(values, record, t);
    setErrors(found);
    const body = linkBody(values, record);
    if (hasErrors(found) || !body) return;
    createLink.mutate(body, {
      onSuccess: () => {
        notifications.show({
          closeButtonProps: { 'aria-label': t('common.close') },
          color: 'green',
          message: t('links.created'),
        });
        onDone();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        const mapped: FieldErrors<LinkFormField> = {};
        for (const [field, problems] of Object.entries(error.fieldProblems())) {
          const target = linkServerField(field);
          if (target) mapped[target] = [mapped[target], ...problems].filter(Boolean).join(' ');
        }
        setErrors(mapped);
      },
    });
  }

  const error = createLink.error;
  const showFormError =
    error && !(isApiError(error) && Object.keys(error.fieldProblems()).some(linkServerField));
  const thisName = record.label;

  return (
    <form onSubmit={submit} noValidate aria-label={t('links.formTitle')}>
      <Stack gap="md">
        {showFormError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(error, t)}
          </Alert>
        )}
        <RecordPicker
          label={t('links.otherEnd')}
          description={t('links.otherEndHint')}
          kinds={RECORD_KINDS}
          value={values.other}
          onChange={(other) => set('other', other)}
          excludeIds={[record.id]}
          error={errors.other}
          required
          data-testid="link-other-picker"
        />
        <Select
          label={t('links.type')}
          data={enumOptions(t, 'linkType')}
          value={values.type}
          onChange={(value) => set('type', isEnumValue('linkType', value) ? value : null)}
          error={errors.type}
          required
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="link-direction-label">
            {t('links.direction')}
          </Text>
          <SegmentedControl
            aria-labelledby="link-direction-label"
            value={values.direction}
            onChange={(value) => set('direction', value === 'incoming' ? 'incoming' : 'outgoing')}
            data={[
              { value: 'outgoing', label: t('links.outgoing', { this: thisName }) },
              { value: 'incoming', label: t('links.incoming', { this: thisName }) },
            ]}
            fullWidth
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('links.startedOn')}
            value={values.startedOn}
            onChange={(event) => set('startedOn', event.currentTarget.value)}
            error={errors.startedOn}
          />
          <TextInput
            type="date"
            label={t('links.endedOn')}
            value={values.endedOn}
            min={values.startedOn || undefined}
            onChange={(event) => set('endedOn', event.currentTarget.value)}
            error={errors.endedOn}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('links.source')}
            data={enumOptions(t, 'linkSource')}
            value={values.source}
            onChange={(value) => set('source', isEnumValue('linkSource', value) ? value : null)}
            error={errors.source}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('links.sourceRef')}
            value={values.sourceRef}
            onChange={(event) => set('sourceRef', event.currentTarget.value)}
            error={errors.sourceRef}
          />
          <Select
            label={t('links.confidence')}
            data={enumOptions(t, 'confidence')}
            value={values.confidence}
            onChange={(value) => isEnumValue('confidence', value) && set('confidence', value)}
            allowDeselect={false}
            error={errors.confidence}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('links.sourceRefHint')}
        </Text>
        <Textarea
          label={t('links.evidence')}
          description={t('links.evidenceHint')}
          value={values.evidence}
          onChange={(event) => set('evidence', event.currentTarget.value)}
          error={errors.evidence}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createLink.isPending}>
            {t('links.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
