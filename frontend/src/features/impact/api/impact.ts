import { useQuery } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { ImpactSummary, NetworkGraph, YearReport } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';

/** Every impact query starts with this key: confirming an exchange refreshes them all. */
const IMPACT_KEY = ['impact'] as const;

/**
 * What the figures are about, as the API names it: 'network', a territory id ('departement:59',
 * 'epci:…'), 'sector:<code>' or 'organisation:<id>'.
 */
export type Scope = string;

/** Whole months, YYYY-MM; null for the API's default (the last 12 months). */
export type Period = { from: string | null; to: string | null };

export const NETWORK: Scope = 'network';

export function periodQuery(period: Period) {
  return { from: period.from ?? undefined, to: period.to ?? undefined };
}

function fetchSummary(scope: Scope, period: Period) {
  const query = periodQuery(period);
  if (scope === NETWORK) return unwrap(api.GET('/api/v1/impact/network', { params: { query } }));
  if (scope.startsWith('sector:')) {
    const code = scope.slice('sector:'.length);
    return unwrap(api.GET('/api/v1/impact/sectors/{code}', { params: { path: { code }, query } }));
  }
  if (scope.startsWith('organisation:')) {
    const id = scope.slice('organisation:'.length);
    return unwrap(api.GET('/api/v1/impact/organisations/{id}', { params: { path: { id }, query } }));
  }
  return unwrap(
    api.GET('/api/v1/impact/territories/{territoryId}', { params: { path: { territoryId: scope }, query } }),
  );
}

export function useImpact(scope: Scope, period: Period) {
  return useQuery({
    queryKey: [...IMPACT_KEY, 'summary', scope, period],
    queryFn: async (): Promise<ImpactSummary> => (await fetchSummary(scope, period)) as ImpactSummary,
  });
}

/** The heaviest pairs of organisations that exchanged: animators only. */
export const GRAPH_LIMIT = 150;

export function useNetworkGraph(scope: Scope, period: Period) {
  return useQuery({
    queryKey: [...IMPACT_KEY, 'graph', scope, period],
    queryFn: async (): Promise<NetworkGraph> =>
      (await unwrap(
        api.GET('/api/v1/impact/graph', {
          params: { query: { scope, ...periodQuery(period), limit: GRAPH_LIMIT } },
        }),
      )) as NetworkGraph,
  });
}

export function useYearReport(id: string, year: number) {
  return useQuery({
    queryKey: [...IMPACT_KEY, 'year', id, year],
    queryFn: async (): Promise<YearReport> =>
      (await unwrap(
        api.GET('/api/v1/impact/organisations/{id}/years/{year}', { params: { path: { id, year } } }),
      )) as YearReport,
    enabled: year > 0,
  });
}

export type ExportTable = 'summary' | 'monthly' | 'channels' | 'modes';
export type ExportRequest = { scope: Scope; period: Period; format: 'ods' | 'csv'; table?: ExportTable };

/**
 * Downloads the figures as a file (ODS, or one table as CSV).
 */
export async function downloadExport({ scope, period, format, table }: ExportRequest) {
  const result = await api.GET('/api/v1/impact/export', {
    params: { query: { scope, format, table: format === 'csv' ? table : undefined, ...periodQuery(period) } },
    parseAs: 'blob',
  });
  return saveDownload(bodyOf(result) as unknown as Blob, result.response, `elbasar-impact.${format}`);
}
