import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RECORD_KINDS, type RecordRef } from '@khsae/domain';

import { EnumSelect } from '@/components/enum-select';
import { usePickers } from '@/components/pickers';
import { describeError } from '@/lib/describe-error';
import { isApiError } from '@/lib/api-client';
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
  const { t } = useTranslation();
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
        for (const [name, problems] of Object.entries(error.fieldProblems())) {
          const target = linkServerField(name);
          if (target) mapped[target] = [mapped[target], ...problems].filter(Boolean).join(' ');
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
        {showFormError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(error, t)}
          </Alert>
        )}
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
        <Stack gap={4}>
          <Text size="sm" fw={500} id="link-direction-label">
            {t('links.direction')}
          </Text>
          <SegmentedControl
            aria-labelledby="link-direction-label"
            value={values.direction}
            onChange={(value) =>
              form.setFieldValue('direction', value === 'incoming' ? 'incoming' : 'outgoing')
            }
            data={[
              { value: 'outgoing', label: t('links.outgoing', { this: thisName }) },
              { value: 'incoming', label: t('links.incoming', { this: thisName }) },
            ]}
            fullWidth
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('links.startedOn')} {...field('startedOn')} />
          <TextInput
            type="date"
            label={t('links.endedOn')}
            {...field('endedOn')}
            min={values.startedOn || undefined}
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
