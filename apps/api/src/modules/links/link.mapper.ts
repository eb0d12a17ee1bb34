import type { RecordKind } from '@khsae/domain';

import { refKey } from 'src/common/records/record-refs.service';
import type { LinkRow } from 'src/modules/links/links.repository';
import type { LinkResponseDto } from 'src/modules/links/dto/link.dto';
import type { RecordRefDto } from 'src/common/records/record-ref.dto';

/** A record's reference, or a bare one if the record cannot be labelled (it never leaves the id out). */
function refOf(refs: Map<string, RecordRefDto>, kind: RecordKind, id: string): RecordRefDto {
  const ref = refs.get(refKey(kind, id));
  return ref
    ? { kind, id, label: ref.label, sublabel: ref.sublabel }
    : { kind, id, label: id, sublabel: null };
}

export function toLink(l: LinkRow, refs: Map<string, RecordRefDto>): LinkResponseDto {
  return {
    id: l.id,
    from: refOf(refs, l.fromKind, l.fromId),
    to: refOf(refs, l.toKind, l.toId),
    type: l.type,
    startedOn: l.startedOn,
    endedOn: l.endedOn,
    evidence: l.evidence,
    source: l.source,
    sourceRef: l.sourceRef,
    confidence: l.confidence,
    createdBy: l.createdBy,
    createdByName: l.createdByName,
    createdAt: l.createdAt.toISOString(),
    version: l.version,
    archivedAt: l.archivedAt ? l.archivedAt.toISOString() : null,
  };
}

/** Both ends of each link, for one RecordRefsService call. */
export function linkEnds(
  links: Pick<LinkRow, 'fromKind' | 'fromId' | 'toKind' | 'toId'>[],
): { kind: RecordKind; id: string }[] {
  return links.flatMap((l) => [
    { kind: l.fromKind, id: l.fromId },
    { kind: l.toKind, id: l.toId },
  ]);
}
