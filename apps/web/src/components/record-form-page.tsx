import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { listPath, REGISTRY_SECTIONS, type RegistryKind } from '@/lib/record-paths';
import type { AnyRegistryRecord } from '@/lib/registry-api';

import { DetailHeader } from './detail-header';
import { QueryBoundary } from './query-boundary';
import { nameParams, type RecordFormEnds } from './record-form';
import { ArchivedAlert } from './record-lifecycle';

/** /<kind>/new: the form for a new record, which opens the record once it is saved. */
export function RecordCreatePage<R extends { id: string }>({
  kind,
  form,
}: {
  kind: RegistryKind;
  form: (ends: RecordFormEnds<R>) => ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const section = REGISTRY_SECTIONS[kind];
  const list = listPath(kind);
  return (
    <>
      <DetailHeader
        backTo={list}
        backLabel={t(`${section}.title`)}
        title={t(`${section}.create.title`)}
      />
      {form({
        onSaved: (record) => void navigate(`${list}/${record.id}`),
        onCancel: () => void navigate(list),
      })}
    </>
  );
}

/** /<kind>/:id/edit: the record's form, which goes back to the record's page; none for an archived one. */
export function RecordEditPage<R extends AnyRegistryRecord>({
  kind,
  id,
  query,
  name,
  form,
}: {
  kind: RegistryKind;
  id: string;
  query: UseQueryResult<R>;
  /** How the record is called: the way back and the title. */
  name: (record: R) => string;
  form: (record: R, ends: RecordFormEnds<R>) => ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const back = `${listPath(kind)}/${id}`;
  return (
    <QueryBoundary query={query} backTo={listPath(kind)}>
      {(record) => (
        <>
          <DetailHeader
            backTo={back}
            backLabel={name(record)}
            title={t(`${REGISTRY_SECTIONS[kind]}.update.title`, nameParams(name(record)))}
          />
          {record.archivedAt ? (
            <ArchivedAlert id={record.id} name={name(record)} archivedAt={record.archivedAt} />
          ) : (
            form(record, {
              onSaved: () => void navigate(back),
              onCancel: () => void navigate(back),
            })
          )}
        </>
      )}
    </QueryBoundary>
  );
}
