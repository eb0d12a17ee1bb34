import { Anchor, Badge, Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { normalizeIdentifier, type IdentifierHolderKind, type IdentifierKind } from '@khsae/domain';

import { ConfirmModal } from '@/components/confirm-modal';
import { EnumSelect } from '@/components/enum-select';
import { ErrorAlert, FormErrorAlert } from '@/components/error-alert';
import { IdentifierIcon, LinkIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { notifyDone } from '@/components/notify-done';
import { SectionCard } from '@/components/section-card';
import type { RecordRef, SharedIdentifier } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { isFormLevelError, serverFieldErrors } from '@/lib/forms';
import { currentLanguage, type Language } from '@/lib/i18n';
import { recordPath } from '@/lib/record-paths';

import { useAttachIdentifier, useDetachIdentifier } from '../api/identifier-mutations';
import { holderIdentifiersQueryOptions } from '../api/identifier-queries';
import { identifierNotice } from '../identifier-notice';

export type IdentifiersPanelProps = {
  holder: { kind: IdentifierHolderKind; id: string };
  canWrite: boolean;
  /** Shown instead of the add button when the user may read but not change them. */
  readOnlyHint?: string;
  /** "Record a link" next to a record that shares an identifier. */
  onRecordLink?: (other: RecordRef) => void;
};

function listFormatter(language: Language): (items: string[]) => string {
  try {
    const format = new Intl.ListFormat(language, { type: 'conjunction' });
    return (items) => format.format(items);
  } catch {
    return (items) => items.join(', ');
  }
}

export function IdentifiersPanel({
  holder,
  canWrite,
  readOnlyHint,
  onRecordLink,
}: IdentifiersPanelProps) {
  const { t } = useTranslation();
  const query = useQuery(holderIdentifiersQueryOptions(holder.kind, holder.id));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<SharedIdentifier | null>(null);
  const detach = useDetachIdentifier();

  return (
    <SectionCard
      title={t('identifiers.title')}
      description={t('identifiers.description')}
      data-testid="identifiers-panel"
      actions={
        canWrite &&
        !adding && (
          <Button
            size="xs"
            variant="light"
            leftSection={<PlusIcon size={14} />}
            onClick={() => setAdding(true)}
          >
            {t('identifiers.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && <AddIdentifierForm holder={holder} onDone={() => setAdding(false)} />}
        {!canWrite && readOnlyHint ? (
          <Text size="xs" c="dimmed">
            {readOnlyHint}
          </Text>
        ) : null}
        {query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data === undefined ? (
          <Skeleton height={40} radius="sm" />
        ) : query.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('identifiers.empty')}
          </Text>
        ) : (
          <Stack gap={0}>
            {query.data.map((shared) => (
              <IdentifierRow
                key={shared.identifier.id}
                shared={shared}
                canWrite={canWrite}
                onRemove={() => setRemoving(shared)}
                onRecordLink={onRecordLink}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title={t('identifiers.detachTitle', { value: removing?.identifier.display ?? '' })}
        body={t('identifiers.detachBody', { value: removing?.identifier.display ?? '' })}
        confirmLabel={t('identifiers.detach')}
        pending={detach.isPending}
        error={detach.error}
        onClose={() => {
          setRemoving(null);
          detach.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          const value = removing.identifier.display;
          detach.mutate(
            { id: removing.identifier.id, holderKind: holder.kind, holderId: holder.id },
            {
              onSuccess: () => {
                notifyDone(t, t('identifiers.detached', { value }));
                setRemoving(null);
                detach.reset();
              },
            },
          );
        }}
      />
    </SectionCard>
  );
}

function IdentifierRow({
  shared,
  canWrite,
  onRemove,
  onRecordLink,
}: {
  shared: SharedIdentifier;
  canWrite: boolean;
  onRemove: () => void;
  onRecordLink?: (other: RecordRef) => void;
}) {
  const { t, i18n } = useTranslation();
  const notice = identifierNotice(t, shared, listFormatter(currentLanguage(i18n)));
  const { identifier } = shared;
  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      data-testid="identifier-row"
    >
      <Stack gap={4}>
        <Group gap="xs">
          <IdentifierIcon size={16} />
          <Badge variant="light" color="gray" tt="none" radius="sm">
            {enumLabel(t, 'identifierKind', identifier.kind)}
          </Badge>
          <Text size="sm" ff="monospace" fw={600} data-testid="identifier-display">
            {identifier.display}
          </Text>
        </Group>
        {notice ? (
          <Stack gap={4}>
            <Text size="sm" c="orange.9" data-testid="identifier-notice" aria-label={notice.text}>
              {notice.before}
              {notice.records.map((record, index) => {
                const path = recordPath(record.ref.kind, record.ref.id);
                return (
                  <Fragment key={record.ref.id}>
                    {index > 0 ? ', ' : null}
                    {path ? (
                      <Anchor component={Link} to={path} size="sm" fw={600}>
                        {record.text}
                      </Anchor>
                    ) : (
                      <Text component="span" fw={600}>
                        {record.text}
                      </Text>
                    )}
                  </Fragment>
                );
              })}
              {notice.after}
            </Text>
            {onRecordLink && (
              <Group gap="xs">
                {notice.records.map((record) => (
                  <Button
                    key={record.ref.id}
                    size="compact-xs"
                    variant="light"
                    color="orange"
                    leftSection={<LinkIcon size={12} />}
                    onClick={() => onRecordLink(record.ref)}
                    aria-label={t('identifiers.recordLinkWith', { name: record.text })}
                  >
                    {notice.records.length > 1
                      ? t('identifiers.recordLinkWith', { name: record.ref.label })
                      : t('identifiers.recordLink')}
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {t('identifiers.notShared')}
          </Text>
        )}
      </Stack>
      {canWrite && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<TrashIcon size={12} />}
          onClick={onRemove}
          aria-label={t('identifiers.detachLabel', { value: identifier.display })}
        >
          {t('identifiers.detach')}
        </Button>
      )}
    </Group>
  );
}

type Preview = { value: string } | { invalid: true } | null;

function preview(kind: IdentifierKind, raw: string): Preview {
  if (!raw.trim()) return null;
  try {
    return { value: normalizeIdentifier(kind, raw).display };
  } catch {
    return { invalid: true };
  }
}

function AddIdentifierForm({
  holder,
  onDone,
}: {
  holder: { kind: IdentifierHolderKind; id: string };
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const attach = useAttachIdentifier();
  const [kind, setKind] = useState<IdentifierKind>('phone');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; value?: string }>({});
  const shown = preview(kind, value);
  const kindLabel = enumLabel(t, 'identifierKind', kind);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // What the client can already tell is refused here, once, in the user's words.
    if (!shown || 'invalid' in shown) {
      setErrors({ value: t('identifiers.invalid', { kind: kindLabel }) });
      return;
    }
    setErrors({});
    attach.mutate(
      { kind, value: value.trim(), holderKind: holder.kind, holderId: holder.id },
      {
        onSuccess: (identifier) => {
          notifyDone(t, t('identifiers.added', { value: identifier.display }));
          setValue('');
          onDone();
        },
        onError: (error) => setErrors(serverFieldErrors(error, ['kind', 'value'] as const, i18n)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('identifiers.add')}>
      <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
        <FormErrorAlert error={isFormLevelError(attach.error, ['kind', 'value']) && attach.error} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <EnumSelect
            enumeration="identifierKind"
            label={t('identifiers.kind')}
            value={kind}
            onChange={(next) => next && setKind(next)}
            allowDeselect={false}
            error={errors.kind}
            w={200}
          />
          <TextInput
            label={t('identifiers.value')}
            placeholder={t('identifiers.valuePlaceholder')}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={errors.value}
            description={
              errors.value
                ? ' '
                : shown && 'value' in shown
                  ? t('identifiers.preview', { value: shown.value })
                  : shown
                    ? t('identifiers.invalid', { kind: kindLabel })
                    : ' '
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            w={300}
            data-autofocus
            autoFocus
          />
        </Group>
        <Group gap="xs">
          <Button type="submit" size="xs" loading={attach.isPending}>
            {t('identifiers.add')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
