import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { isKnownAction, isTargetType } from './audit-actions';

/** Pages of the app that show an entry's target, by its type. */
const TARGET_PAGES: Record<string, (id: string) => string> = {
  organisation: (id) => `/organisations/${id}`,
  partner_client: (id) => `/admin/partners/${id}`,
  event: (id) => `/events/${id}`,
};

/** One detail's value as text: lists joined, anything nested as JSON. */
function detailText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(detailText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Entries of the audit log: when, who, what, on what, and what was recorded with it. */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t: tx } = useTranslation('audit');
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tx('columns.when')}</th>
            <th scope="col">{tx('columns.who')}</th>
            <th scope="col">{tx('columns.action')}</th>
            <th scope="col">{tx('columns.target')}</th>
            <th scope="col">{tx('columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const targetPage = entry.targetId ? TARGET_PAGES[entry.targetType] : undefined;
            const details = Object.entries(entry.details ?? {});
            return (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </td>
                <td>{entry.actor?.name ?? tx('system')}</td>
                <th scope="row">{isKnownAction(entry.action) ? tx(`actions.${entry.action}`) : entry.action}</th>
                <td>
                  {isTargetType(entry.targetType) ? tx(`targets.${entry.targetType}`) : entry.targetType}
                  {entry.targetId && (
                    <>
                      {' '}
                      {targetPage ? (
                        <Link to={targetPage(entry.targetId)} className="audit-table__id">
                          {entry.targetId}
                        </Link>
                      ) : (
                        <code className="audit-table__id">{entry.targetId}</code>
                      )}
                    </>
                  )}
                </td>
                <td>
                  {details.length === 0 ? (
                    tx('noDetails')
                  ) : (
                    <dl className="audit-table__details">
                      {details.map(([key, value]) => (
                        <div key={key}>
                          <dt>{key}</dt>
                          <dd>{detailText(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
