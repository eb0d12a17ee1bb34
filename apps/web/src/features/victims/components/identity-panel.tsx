import {
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConflictAlert } from '@/components/conflict-alert';
import { ErrorAlert, FormErrorAlert } from '@/components/error-alert';
import { FieldList } from '@/components/field-list';
import { FormActions } from '@/components/record-form';
import { EditIcon, EyeIcon, LockIcon } from '@/components/icons';
import { notifyDone } from '@/components/notify-done';
import { ScriptText } from '@/components/script-text';
import { SectionCard } from '@/components/section-card';
import { DayInput } from '@/components/day-input';
import { isApiError } from '@/lib/api';
import type { VictimIdentity } from '@/lib/api-types';
import { formatDate } from '@/lib/format';
import { conflictingRecord, isFormLevelError, serverFieldErrors } from '@/lib/forms';
import { currentLanguage } from '@/lib/i18n';
import { KHMER_FONT_STACK } from '@/lib/script';
import { useFields } from '@/lib/use-record-form';

import { useSaveVictimIdentity } from '../api/victim-mutations';
import { victimKeys } from '../api/victim-keys';
import { victimIdentityQueryOptions } from '../api/victim-queries';
import {
  IDENTITY_FORM_FIELDS,
  identityBody,
  identityValues,
  phoneDisplay,
  validateIdentity,
} from '../victim-form-values';

export type IdentityPanelProps = {
  victimId: string;
  code: string;
  canWrite: boolean;
};

/**
 * The victim's identity, for those with a need to know. Nothing is read until the user asks
 * ("Show identity"), the read is audited, and the answer is not kept once the panel closes.
 */
export function IdentityPanel({ victimId, code, canWrite }: IdentityPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  // Subscribed from the start but disabled until the click: with gcTime 0 an observer that only
  // appeared on the click could lose its query to garbage collection before subscribing, and read
  // (and audit) twice.
  const identity = useQuery({ ...victimIdentityQueryOptions(victimId), enabled: revealed });

  function hide() {
    setRevealed(false);
    queryClient.removeQueries({ queryKey: victimKeys.identity(victimId), exact: true });
  }

  return (
    <SectionCard
      title={t('victims.identity.title')}
      description={t('victims.identity.description')}
      data-testid="identity-panel"
      actions={
        revealed && (
          <Button size="xs" variant="default" onClick={hide}>
            {t('victims.identity.hide')}
          </Button>
        )
      }
    >
      {revealed ? (
        <RevealedIdentity victimId={victimId} code={code} canWrite={canWrite} identity={identity} />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Button
            variant="light"
            color="grape"
            leftSection={<EyeIcon size={16} />}
            onClick={() => setRevealed(true)}
          >
            {t('victims.identity.show')}
          </Button>
          <Group gap={6} wrap="nowrap">
            <LockIcon size={14} />
            <Text size="xs" c="dimmed">
              {t('victims.identity.notice')}
            </Text>
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}

function RevealedIdentity({
  victimId,
  code,
  canWrite,
  identity,
}: IdentityPanelProps & { identity: UseQueryResult<VictimIdentity> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [editing, setEditing] = useState(false);

  if (identity.isPending) {
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">{t('victims.identity.loading')}</Text>
      </Group>
    );
  }
  const missing = identity.isError && isApiError(identity.error) && identity.error.status === 404;
  if (identity.isError && !missing) return <ErrorAlert error={identity.error} />;
  const current = identity.data ?? null;

  if (editing) {
    return (
      <IdentityForm
        victimId={victimId}
        code={code}
        identity={current}
        onDone={() => setEditing(false)}
      />
    );
  }

  return (
    <Stack gap="sm" data-testid="identity-content">
      {current ? (
        <FieldList
          rows={[
            {
              key: 'fullNameKm',
              label: t('victims.identity.fields.fullNameKm'),
              value: current.fullNameKm ? (
                <ScriptText size="sm">{current.fullNameKm}</ScriptText>
              ) : null,
            },
            {
              key: 'fullNameLatin',
              label: t('victims.identity.fields.fullNameLatin'),
              value: current.fullNameLatin,
            },
            {
              key: 'dateOfBirth',
              label: t('victims.identity.fields.dateOfBirth'),
              value: formatDate(current.dateOfBirth, language),
            },
            {
              key: 'phone',
              label: t('victims.identity.fields.phone'),
              value: phoneDisplay(current.phone),
            },
            {
              key: 'contactNotes',
              label: t('victims.identity.fields.contactNotes'),
              value: current.contactNotes,
            },
            {
              key: 'idNumbers',
              label: t('victims.identity.fields.idNumbers'),
              value: current.idNumbers.length ? current.idNumbers.join(', ') : null,
            },
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('victims.identity.none')}
        </Text>
      )}
      {canWrite && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<EditIcon size={14} />}
            onClick={() => setEditing(true)}
          >
            {current ? t('victims.identity.edit') : t('victims.identity.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function IdentityForm({
  victimId,
  code,
  identity,
  onDone,
}: {
  victimId: string;
  code: string;
  identity: VictimIdentity | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveVictimIdentity();
  const [base, setBase] = useState<VictimIdentity | null>(identity);
  const form = useFields(identityValues(identity), (values) => validateIdentity(values, t));
  const { field } = form;
  const [conflict, setConflict] = useState<VictimIdentity | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.validate().hasErrors) return;
    save.mutate(
      { victimId, ...identityBody(form.values, base) },
      {
        onSuccess: () => {
          notifyDone(t, t('victims.identity.saved', { code }));
          onDone();
        },
        onError: (error) => {
          const current = conflictingRecord<VictimIdentity>(error);
          if (current) setConflict(current);
          else form.setErrors(serverFieldErrors(error, IDENTITY_FORM_FIELDS, i18n));
        },
      },
    );
  }

  const error = save.error;
  return (
    <form onSubmit={submit} noValidate aria-label={t('victims.identity.formTitle', { code })}>
      <Stack gap="md">
        {conflict && (
          <ConflictAlert
            texts={{
              title: t('victims.identity.conflictTitle'),
              description: t('victims.identity.conflictDescription'),
              reload: t('victims.identity.conflictReload'),
            }}
            onReload={() => {
              setBase(conflict);
              form.setValues(identityValues(conflict));
              setConflict(null);
              save.reset();
            }}
          />
        )}
        <FormErrorAlert
          error={!conflict && isFormLevelError(error, IDENTITY_FORM_FIELDS) && error}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('victims.identity.fields.fullNameKm')}
            lang="km"
            {...field('fullNameKm')}
            styles={{ input: { fontFamily: KHMER_FONT_STACK } }}
            autoComplete="off"
          />
          <TextInput
            label={t('victims.identity.fields.fullNameLatin')}
            {...field('fullNameLatin')}
            autoComplete="off"
          />
          <DayInput label={t('victims.identity.fields.dateOfBirth')} {...field('dateOfBirth')} />
          <TextInput
            label={t('victims.identity.fields.phone')}
            // The problem replaces the hint: one message per field.
            description={form.errors['phone'] ? undefined : t('victims.identity.fields.phoneHint')}
            {...field('phone')}
            autoComplete="off"
          />
        </SimpleGrid>
        <TagsInput
          label={t('victims.identity.fields.idNumbers')}
          description={t('victims.identity.fields.idNumbersHint')}
          {...field('idNumbers')}
        />
        <Textarea
          label={t('victims.identity.fields.contactNotes')}
          {...field('contactNotes')}
          autosize
          minRows={2}
        />
        <FormActions
          submitLabel={t('victims.identity.save')}
          pending={save.isPending}
          disabled={conflict !== null}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
