import { Alert, Button } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Permission, RecordKind } from '@khsae/domain';

import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { FormErrorAlert } from './error-alert';
import { ConfirmModal } from './confirm-modal';
import { ArchiveIcon, EditIcon, RestoreIcon } from './icons';
import { notifyDone } from './notify-done';
import { ShowNetworkButton } from './show-network-button';

type IdMutation = UseMutationResult<unknown, Error, string>;

export type ArchiveButtonProps = {
  id: string;
  /** How the record is named in the question and the notice, e.g. "Broker B-0042". */
  name: string;
  archive: IdMutation;
};

/** "Archive" with a confirmation: a soft, audited archive that a supervisor can undo. */
export function ArchiveButton({ id, name, archive }: ArchiveButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);

  function close() {
    setConfirming(false);
    archive.reset();
  }

  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<ArchiveIcon size={16} />}
        onClick={() => setConfirming(true)}
      >
        {t('registry.archive')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('registry.archiveTitle', { name })}
        body={t('registry.archiveBody', { name })}
        confirmLabel={t('registry.archiveConfirm')}
        pending={archive.isPending}
        error={archive.error}
        onClose={close}
        onConfirm={() =>
          archive.mutate(id, {
            onSuccess: () => {
              notifyDone(t, t('registry.archivedSuccess', { name }));
              close();
            },
          })
        }
      />
    </>
  );
}

export type ArchivedAlertProps = {
  id: string;
  name: string;
  archivedAt: string;
  /** Present when the user may restore (records:restore). */
  restore?: IdMutation;
};

/** Says plainly that the record is archived, and offers "Restore" to those allowed. */
export function ArchivedAlert({ id, name, archivedAt, restore }: ArchivedAlertProps) {
  const { t, i18n } = useTranslation();
  const when = formatDateTime(archivedAt, currentLanguage(i18n)) ?? '';
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<ArchiveIcon />}
      title={t('registry.archivedTitle')}
      mb="lg"
      data-testid="archived-alert"
    >
      {t('registry.archivedDescription', { when })}{' '}
      {restore ? null : t('registry.archivedNoRestore')}
      {restore && (
        <>
          <FormErrorAlert error={restore.error} mt="sm" />
          <Button
            mt="sm"
            size="xs"
            variant="white"
            leftSection={<RestoreIcon size={14} />}
            loading={restore.isPending}
            onClick={() =>
              restore.mutate(id, {
                onSuccess: () => notifyDone(t, t('registry.restoredSuccess', { name })),
              })
            }
            style={{ display: 'flex' }}
          >
            {t('registry.restore')}
          </Button>
        </>
      )}
    </Alert>
  );
}

export type RecordActionsProps = ArchiveButtonProps & {
  kind: RecordKind;
  /** The record's edit page. */
  editTo: string;
  canWrite: boolean;
  permissions: readonly Permission[];
};

/** A record page's actions: its network, and for those who may change it, edit and archive. */
export function RecordActions({
  kind,
  id,
  name,
  archive,
  editTo,
  canWrite,
  permissions,
}: RecordActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ShowNetworkButton kind={kind} id={id} permissions={permissions} />
      {canWrite && (
        <>
          <Button component={Link} to={editTo} leftSection={<EditIcon size={16} />}>
            {t('registry.edit')}
          </Button>
          <ArchiveButton id={id} name={name} archive={archive} />
        </>
      )}
    </>
  );
}
