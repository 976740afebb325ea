import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { LoadError, Loading } from '@/components/query-state';
import { Select } from '@/components/select';
import { formatNumber } from '@/lib/format';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import { AUDIT_PAGE_SIZE, useAuditLog } from '../api/audit-log';
import { FAMILIES, isFamily, prefixOf, type AuditFamily } from '../components/audit-actions';
import { AuditTable } from '../components/audit-table';

/** The log's filters, as the URL keeps them (?family=partner&page=2). */
type AuditFilters = { family: AuditFamily | null; page: number };

function fromParams(params: URLSearchParams): AuditFilters {
  const family = params.get('family');
  return { family: isFamily(family) ? family : null, page: pageFromParams(params) };
}

function toParams({ family, page }: AuditFilters) {
  const params = new URLSearchParams();
  if (family) params.set('family', family);
  setPageParam(params, page);
  return params;
}

/** Admins read the sensitive actions, newest first, by kind of action. */
export function AuditLogRoute() {
  const { t: tx } = useTranslation('audit');
  const { filters, update } = useUrlFilters(fromParams, toParams);
  const log = useAuditLog(filters.family ? prefixOf(filters.family) : undefined, filters.page);
  const familyName = tx(`families.${filters.family ?? 'all'}`);
  const options = (['all', ...FAMILIES] as const).map((id) => ({ id, name: tx(`families.${id}`) }));

  let body;
  if (log.isPending) body = <Loading />;
  else if (log.isError) body = <LoadError error={log.error} onRetry={() => void log.refetch()} />;
  else if (log.data.items.length === 0) {
    body = <p className="empty-state">{tx(filters.family ? 'noneInFamily' : 'none')}</p>;
  } else {
    const { items, total, page, size } = log.data;
    body = (
      <>
        <AuditTable entries={items} caption={tx('caption', { family: familyName })} />
        <Pagination page={page} size={size || AUDIT_PAGE_SIZE} total={total} onPageChange={(next) => update({ page: next })} />
      </>
    );
  }

  return (
    <Page title={tx('title')} intro={<p>{tx('intro')}</p>}>
      <div className="audit-filters">
        <Select
          label={tx('filter')}
          options={options}
          value={filters.family ?? 'all'}
          onChange={(family) => update({ family: family === 'all' ? null : family })}
        />
      </div>
      <div role="status" className="status-line">
        {log.isSuccess && <p className="hint">{tx('count', { count: log.data.total, formatted: formatNumber(log.data.total) })}</p>}
      </div>
      {body}
    </Page>
  );
}
