import { type Permission, type RecordKind, RECORD_KINDS, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordRefsService, refKey } from 'src/common/records/record-refs.service';
import { Database } from 'src/database/database';
import type { SearchQueryDto, SearchResultDto } from 'src/modules/search/dto/search.dto';
import { type SearchHit, SearchRepository } from 'src/modules/search/search.repository';

/** The permission a caller needs for search results of each kind. */
const READ_PERMISSION: Record<RecordKind, Permission> = {
  broker: 'brokers:read',
  victim: 'victims:read',
  compound: 'compounds:read',
  place: 'places:read',
  route: 'routes:read',
};

/**
 * One search box across the registry: exact and prefix matches first, then substrings, then spelling
 * variants by trigram similarity, all on normalised keys (see searchKey) with PostgreSQL's indexes.
 * Victim names are searched only for callers who may read identities; archived records never show.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly refs: RecordRefsService,
    private readonly searchKeys: SearchRepository,
  ) {}

  async search(
    auth: AuthContext,
    query: SearchQueryDto,
    origin: RequestOrigin,
  ): Promise<SearchResultDto[]> {
    const key = searchKey(query.q);
    const kinds = (query.kinds ?? [...RECORD_KINDS]).filter((k) =>
      auth.permissions.includes(READ_PERMISSION[k]),
    );
    if (!key || !kinds.length) return [];
    const hits = await this.searchKeys.hits(
      this.database.pool,
      key,
      kinds,
      auth.permissions.includes('victim_identity:read'),
      query.limit * 4,
    );

    // The best hit per record, then the records' labels.
    const best = new Map<string, SearchHit>();
    for (const hit of hits) {
      const k = refKey(hit.kind, hit.id);
      const seen = best.get(k);
      if (!seen || hit.score > seen.score) best.set(k, hit);
    }
    const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, query.limit);
    // Showing a victim's name or contact in a result is a read of their identity: audit it first.
    const sensitive = top.filter((h) => h.restricted);
    if (sensitive.length) {
      await this.audit.recordAlone({
        action: 'read_sensitive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [...new Set(sensitive.map((h) => h.id))],
        fieldGroups: [
          ...new Set(sensitive.map((h) => (h.field === 'identity_name' ? 'identity' : 'contact'))),
        ],
        details: { via: 'search' },
      });
    }
    const refs = await this.refs.resolve(
      this.database.pool,
      top.map((h) => ({ kind: h.kind, id: h.id })),
    );
    return top.flatMap((h) => {
      const ref = refs.get(refKey(h.kind, h.id));
      if (!ref) return [];
      // A victim matched by name is still shown by its code; the matched text is the name only for those allowed.
      return [
        {
          ...ref,
          matchedField: h.field,
          matchedText: h.text,
          score: Math.round(h.score * 1000) / 1000,
        },
      ];
    });
  }
}
