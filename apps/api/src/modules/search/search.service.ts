import {
  IdentifierFormatError,
  normalizeIdentifier,
  type Permission,
  type RecordKind,
  RECORD_KINDS,
  searchKey,
} from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordRefsService, refKey } from 'src/common/records/record-refs.service';
import { Database } from 'src/database/database';
import type { SearchQueryDto, SearchResultDto } from 'src/modules/search/dto/search.dto';
import {
  type SearchHit,
  type SearchKeys,
  SearchRepository,
} from 'src/modules/search/search.repository';
import { PlacesService } from 'src/modules/places/places.service';
import { VictimsService } from 'src/modules/victims/victims.service';

/** The permission a caller needs for search results of each kind. */
const READ_PERMISSION: Record<RecordKind, Permission> = {
  broker: 'brokers:read',
  victim: 'victims:read',
  compound: 'compounds:read',
  place: 'places:read',
  route: 'routes:read',
};

/** Among exact hits, the value that names one record (a code, a phone) before a name others may share. */
const EXACT_FIELD_RANK: Record<string, number> = { code: 0, identifier: 1 };

/** Only digits and what people write between them: anything else is not a phone number. */
const PHONE_LIKE = /^\+?[\d\s\-.()]{6,}$/;

/**
 * The keys that are the query's very value: its own key and, for a phone number written any way
 * (+855 12 345 678, 012345678, 855-12-345678), the key of its E.164 form, which identifiers and
 * identity phones are keyed by.
 */
export function searchKeysOf(q: string): SearchKeys {
  const key = searchKey(q);
  const exact = [key];
  if (PHONE_LIKE.test(q.trim())) {
    try {
      exact.push(searchKey(normalizeIdentifier('phone', q).value));
    } catch (err) {
      if (!(err instanceof IdentifierFormatError)) throw err;
    }
  }
  return { key, exact: [...new Set(exact)] };
}

/** Exact hits first (codes and identifiers before names), then by score. */
function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (a.exact) {
    const rank = (EXACT_FIELD_RANK[a.field] ?? 2) - (EXACT_FIELD_RANK[b.field] ?? 2);
    if (rank) return rank;
  }
  return b.score - a.score;
}

/**
 * One search box across the registry: exact matches first (a code, an identifier in any format),
 * then prefixes, substrings and spelling variants by trigram similarity, all on normalised keys (see
 * searchKey) with PostgreSQL's indexes. Victims' names and contacts are searched only for callers who
 * may read that victim's identity (VictimsService decides), and each such hit is audited; archived
 * records never show.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly refs: RecordRefsService,
    private readonly searchKeys: SearchRepository,
    private readonly victims: VictimsService,
  ) {}

  async search(
    auth: AuthContext,
    query: SearchQueryDto,
    origin: RequestOrigin,
  ): Promise<SearchResultDto[]> {
    const keys = searchKeysOf(query.q);
    const kinds = (query.kinds ?? [...RECORD_KINDS]).filter((k) =>
      auth.permissions.includes(READ_PERMISSION[k]),
    );
    if (!keys.key || !kinds.length) return [];
    const tx = this.database.pool;
    const hits = await this.searchKeys.hits(
      tx,
      keys,
      kinds,
      auth.permissions.includes('victim_identity:read'),
      (query.offset + query.limit) * 4,
    );
    // A restricted key counts only for victims whose identity this caller may read.
    const restrictedIds = [...new Set(hits.filter((h) => h.restricted).map((h) => h.id))];
    const readable = restrictedIds.length
      ? await this.victims.readableIdentities(auth, restrictedIds, tx)
      : new Set<string>();

    // The best hit per record, then the records' labels.
    const best = new Map<string, SearchHit>();
    for (const hit of hits) {
      if (hit.restricted && !readable.has(hit.id)) continue;
      const k = refKey(hit.kind, hit.id);
      const seen = best.get(k);
      if (!seen || compareHits(hit, seen) < 0) best.set(k, hit);
    }
    const top = [...best.values()]
      .sort(compareHits)
      .slice(query.offset, query.offset + query.limit);
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
    const [refs, places] = await Promise.all([
      this.refs.resolve(
        tx,
        top.map((h) => ({ kind: h.kind, id: h.id })),
      ),
      this.searchKeys.placesOf(
        tx,
        top.filter((h) => h.kind === 'place').map((h) => h.id),
      ),
    ]);
    return top.flatMap((h) => {
      const ref = refs.get(refKey(h.kind, h.id));
      if (!ref) return [];
      const place = places.get(h.id);
      // A victim matched by name is still shown by its code; the matched text is the name only for those allowed.
      return [
        {
          ...ref,
          matchedField: h.field,
          matchedText: h.text,
          score: Math.round(h.score * 1000) / 1000,
          match: h.exact ? ('exact' as const) : ('similar' as const),
          place: place ? this.places.summaryOf(place) : null,
        },
      ];
    });
  }
}
