import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerClient } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { ActiveBadge } from './active-badge';
import { ScopeList } from './scope-list';

/** Registered partners: their rights, limit and how much they asked lately. */
export function PartnerTable({ clients }: { clients: PartnerClient[] }) {
  const { t: tx } = useTranslation('partners');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{tx('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tx('list.name')}</th>
            <th scope="col">{tx('list.scopes')}</th>
            <th scope="col">{tx('list.limit')}</th>
            <th scope="col">{tx('list.lastHour')}</th>
            <th scope="col">{tx('list.last24Hours')}</th>
            <th scope="col">{tx('list.refused')}</th>
            <th scope="col">{tx('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.id}>
              <th scope="row">
                <Link to={`/admin/partners/${client.id}`}>{client.name}</Link>
              </th>
              <td>
                <ScopeList scopes={client.scopes} />
              </td>
              <td>{formatNumber(client.requestsPerMinute)}</td>
              <td>{formatNumber(client.usage.lastHour)}</td>
              <td>{formatNumber(client.usage.last24Hours)}</td>
              <td>{formatNumber(client.usage.refusedLast24Hours)}</td>
              <td>
                <ActiveBadge active={client.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
