import { Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RECORD_KINDS } from '@khsae/domain';

import { FormErrorAlert } from '@/components/error-alert';
import { ChoiceControl } from '@/components/choice-control';
import { EnumSelect } from '@/components/enum-select';
import { notifyDone } from '@/components/notify-done';
import { usePickers } from '@/components/pickers';
import { FormActions } from '@/components/record-form';
import { DayInput } from '@/components/day-input';
import type { RecordRef } from '@/lib/api-types';
import { isApiError } from '@/lib/api';
import { problemText } from '@/lib/field-problems';
import type { FieldErrors } from '@/lib/forms';
import { useFields } from '@/lib/use-record-form';

import { useCreateLink } from '../api/link-mutations';
import {
  emptyLinkValues,
  linkBody,
  linkServerField,
  validateLink,
  type LinkDraft,
  type LinkFormField,
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
  const { t, i18n } = useTranslation();
  const { RecordPicker } = usePickers();
  const createLink = useCreateLink();
  const form = useFields(emptyLinkValues(draft ?? undefined), (values) =>
    validateLink(values, record, t),
  );
  const { values, field } = form;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = form.validate();
    const body = linkBody(values, record);
    if (found.hasErrors || !body) return;
    createLink.mutate(body, {
      onSuccess: () => {
        notifyDone(t, t('links.created'));
        onDone();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        // Both ends of the link show under one picker: one message there, the first.
        const mapped: FieldErrors<LinkFormField> = {};
        for (const [name, [first]] of Object.entries(error.fieldProblems())) {
          const target = linkServerField(name);
          if (target && first && !mapped[target]) mapped[target] = problemText(name, first, i18n);
        }
        form.setErrors(mapped);
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
        <FormErrorAlert error={showFormError && error} />
        <RecordPicker
          label={t('links.otherEnd')}
          description={t('links.otherEndHint')}
          kinds={RECORD_KINDS}
          {...field('other')}
          excludeIds={[record.id]}
          required
          data-testid="link-other-picker"
        />
        <EnumSelect
          enumeration="linkType"
          label={t('links.type')}
          {...field('type')}
          required
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <ChoiceControl
          label={t('links.direction')}
          {...field('direction')}
          choices={[
            { value: 'outgoing', label: t('links.outgoing', { this: thisName }) },
            { value: 'incoming', label: t('links.incoming', { this: thisName }) },
          ]}
          fullWidth
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DayInput label={t('links.startedOn')} {...field('startedOn')} />
          <DayInput
            label={t('links.endedOn')}
            {...field('endedOn')}
            minDate={values.startedOn || undefined}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <EnumSelect
            enumeration="linkSource"
            label={t('links.source')}
            {...field('source')}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('links.sourceRef')} {...field('sourceRef')} />
          <EnumSelect
            enumeration="confidence"
            label={t('links.confidence')}
            {...field('confidence')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('links.sourceRefHint')}
        </Text>
        <Textarea
          label={t('links.evidence')}
          description={t('links.evidenceHint')}
          {...field('evidence')}
          autosize
          minRows={2}
        />
        <FormActions
          submitLabel={t('links.submit')}
          pending={createLink.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
