import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  type AuditAction,
  type AuditOutcome,
} from '@khsae/domain';

import { positiveIntParam } from '@/lib/search-params';

import type { AuditEventFilter } from '../api/audit-keys';

export const DEFAULT_AUDIT_FILTER: AuditEventFilter = {
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
  order: 'desc',
  action: null,
  outcome: null,
  actorEmail: '',
  resourceType: '',
  from: '',
  to: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditFilter(params: URLSearchParams): AuditEventFilter {
  const action = params.get('action') ?? '';
  const outcome = params.get('outcome') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    page: positiveIntParam(params.get('page'), 1),
    pageSize: positiveIntParam(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : null,
    outcome: (AUDIT_OUTCOMES as readonly string[]).includes(outcome)
      ? (outcome as AuditOutcome)
      : null,
    actorEmail: params.get('actorEmail') ?? '',
    resourceType: params.get('resourceType') ?? '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
  };
}

export function toAuditSearchParams(filter: AuditEventFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.page !== 1) params.set('page', String(filter.page));
  if (filter.pageSize !== PAGE_SIZE_DEFAULT) params.set('pageSize', String(filter.pageSize));
  if (filter.order !== 'desc') params.set('order', filter.order);
  if (filter.action) params.set('action', filter.action);
  if (filter.outcome) params.set('outcome', filter.outcome);
  if (filter.actorEmail) params.set('actorEmail', filter.actorEmail);
  if (filter.resourceType) params.set('resourceType', filter.resourceType);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

/** Audit filters live in the URL so an auditor can share or bookmark a view. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseAuditFilter(params), [params]);

  const update = useCallback(
    (patch: Partial<AuditEventFilter>) => {
      setParams(toAuditSearchParams({ ...filter, page: 1, ...patch }), { replace: true });
    },
    [filter, setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  const hasActiveFilters =
    filter.action !== null ||
    filter.outcome !== null ||
    filter.actorEmail !== '' ||
    filter.resourceType !== '' ||
    filter.from !== '' ||
    filter.to !== '';

  return { filter, update, reset, hasActiveFilters };
}
