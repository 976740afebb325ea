import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AuditEntry, Page } from '@/lib/api/types';

export const AUDIT_PAGE_SIZE = 50;

/** Sensitive actions, newest first: those whose action starts with `prefix` ("partner."), or all. */
export function useAuditLog(prefix: string | undefined, page: number) {
  return useQuery({
    queryKey: ['audit-log', prefix ?? null, page],
    queryFn: (): Promise<Page<AuditEntry>> =>
      unwrap(
        api.GET('/api/v1/audit-log', {
          params: { query: { action: prefix, page, size: AUDIT_PAGE_SIZE } },
        }),
      ),
    // The table stays while the next page or family loads.
    placeholderData: keepPreviousData,
  });
}
