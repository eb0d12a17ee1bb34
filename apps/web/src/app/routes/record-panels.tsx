import { useState } from 'react';
import { useParams } from 'react-router';

import type { IdentifierHolderKind, Permission } from '@khsae/domain';

import { IdentifiersPanel } from '@/features/identifiers/components/identifiers-panel';
import type { LinkDraft } from '@/features/links/link-form-values';
import { LinksPanel } from '@/features/links/components/links-panel';
import type { RecordRef } from '@/lib/api-types';
import { REGISTRY_SECTIONS, type RegistryKind } from '@/lib/record-paths';

import { useSession } from '../session-context';
import { useCan } from '../use-can';

/** What the signed-in user may do with a kind's records (the server checks again). */
export function useRecordAccess(kind: RegistryKind) {
  const can = useCan();
  const { permissions } = useSession();
  return {
    canWrite: can(`${REGISTRY_SECTIONS[kind]}:write`),
    canRestore: can('records:restore'),
    permissions,
  };
}

/** A kind's list: may the user add records, and look at archived ones. */
export function useListAccess(kind: RegistryKind) {
  const { canWrite, canRestore } = useRecordAccess(kind);
  return { canWrite, canSeeArchived: canRestore };
}

/** A record's page: its id from the URL and what the user may do with it. */
export function useRecordRoute(kind: RegistryKind) {
  const { id = '' } = useParams();
  return { id, ...useRecordAccess(kind) };
}

export type RecordPanelsProps = {
  record: RecordRef;
  /** Records that hold identifiers (brokers, victims, compounds); routes have none. */
  identifiers?: {
    kind: IdentifierHolderKind;
    /** Overrides identifiers:write (a victim's identifiers need victim_identity:write). */
    canWrite?: boolean;
    readOnlyHint?: string;
  };
  archived: boolean;
};

/**
 * A record's identifiers and links. "Record a link" next to a shared identifier opens the link form
 * with the other record chosen and the type "shares an identifier".
 */
export function RecordPanels({ record, identifiers, archived }: RecordPanelsProps) {
  const user = useSession();
  const [draft, setDraft] = useState<LinkDraft | null>(null);
  const can = (permission: Permission) => user.permissions.includes(permission);
  const canLink = can('links:write') && !archived;
  const canWriteIdentifiers =
    (identifiers?.canWrite ?? can('identifiers:write')) && can('identifiers:write') && !archived;

  return (
    <>
      {identifiers && can('identifiers:read') && (
        <IdentifiersPanel
          holder={{ kind: identifiers.kind, id: record.id }}
          canWrite={canWriteIdentifiers}
          readOnlyHint={
            can('identifiers:write') && !archived ? identifiers.readOnlyHint : undefined
          }
          onRecordLink={
            canLink
              ? (other) => setDraft({ other, type: 'shares_identifier', nonce: Date.now() })
              : undefined
          }
        />
      )}
      {can('links:read') && (
        <LinksPanel
          record={record}
          canWrite={canLink}
          draft={draft}
          onDraftClosed={() => setDraft(null)}
        />
      )}
    </>
  );
}
