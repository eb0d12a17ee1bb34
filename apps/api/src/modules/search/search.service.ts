import { type Permission, type RecordKind, RECORD_KINDS, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { refKey, RecordRefsService } from 'src/common/registry/record-refs.service';
import { likePattern } from 'src/common/registry/registry-writes';
import type { SearchQueryDto, SearchResultDto } from 'src/modules/search/dto/search.dto';

/** The permission a caller needs for search results of each kind. */
const READ_PERMISSION: Record<RecordKind, Permission> = {
  broker: 'brokers:read',
  victim: 'victims:read',
  compound: 'compounds:read',
  place: 'places:read',
  route: 'routes:read',
};

type Hit = {
  record_kind: RecordKind;
  record_id: string;
  field: string;
  text: string;
  score: number;
  restricted: boolean;
};

/**
 * One search box across the registry: exact and prefix matches first, then substrings, then spelling
 * variants by trigram similarity, all on normalised keys (see searchKey) with PostgreSQL's indexes.
 * Victim names are searched only for callers who may read identities; archived records never show.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refs: RecordRefsService,
    private readonly audit: AuditService,
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
    const withRestricted = auth.permissions.includes('victim_identity:read');
    const candidates = query.limit * 4;
    const prefix = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Short queries have no trigram: prefix only. Longer ones add substrings and similar spellings.
    const sql =
      key.length < 3
        ? `SELECT record_kind, record_id, field, text, restricted, CASE WHEN key = $1 THEN 1.0 ELSE 0.9 END AS score
             FROM search_entries
            WHERE key LIKE $2 AND $3::text IS NOT NULL AND NOT archived AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
            ORDER BY length(key) LIMIT $6`
        : `SELECT record_kind, record_id, field, text, restricted,
                  CASE WHEN key = $1 THEN 1.0 WHEN key LIKE $2 THEN 0.9 WHEN key LIKE $3 THEN 0.8
                       ELSE similarity(key, $1) * 0.8 END AS score
             FROM search_entries
            WHERE (key LIKE $3 OR key % $1) AND NOT archived
              AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
            ORDER BY score DESC, length(key) LIMIT $6`;
    // Both statements take the same parameters; the short one mentions $3 only so that it is typed.
    const hits = await this.dataSource.query<Hit[]>(sql, [
      key,
      prefix,
      likePattern(key),
      kinds,
      withRestricted,
      candidates,
    ]);

    // The best hit per record, then the records' labels.
    const best = new Map<string, Hit>();
    for (const hit of hits) {
      const k = refKey(hit.record_kind, hit.record_id);
      const seen = best.get(k);
      if (!seen || Number(hit.score) > Number(seen.score)) best.set(k, hit);
    }
    const top = [...best.values()]
      .sort((a, b) => Number(b.score) - Number(a.score))
      .slice(0, query.limit);
    // Showing a victim's name or contact in a result is a read of their identity: audit it first.
    const sensitive = top.filter((h) => h.restricted);
    if (sensitive.length) {
      await this.audit.recordAlone({
        action: 'read_sensitive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [...new Set(sensitive.map((h) => h.record_id))],
        fieldGroups: [
          ...new Set(sensitive.map((h) => (h.field === 'identity_name' ? 'identity' : 'contact'))),
        ],
        details: { via: 'search' },
      });
    }
    const refs = await this.refs.resolve(
      this.dataSource.manager,
      top.map((h) => ({ kind: h.record_kind, id: h.record_id })),
    );
    return top.flatMap((h) => {
      const ref = refs.get(refKey(h.record_kind, h.record_id));
      if (!ref) return [];
      // A victim matched by name is still shown by its code; the matched text is the name only for those allowed.
      return [
        {
          ...ref,
          matchedField: h.field,
          matchedText: h.text,
          score: Math.round(Number(h.score) * 1000) / 1000,
        },
      ];
    });
  }
}
