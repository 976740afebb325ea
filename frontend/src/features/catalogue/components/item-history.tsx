import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import type { ItemChange } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';
import { formatDateTime } from '@/lib/format';
import { useItemHistory } from '../api/items';

const ACTIONS = [
  'created',
  'updated',
  'published',
  'withdrawn',
  'fulfilled',
  'extended',
  'extended-by-link',
  'hidden',
  'restored',
  'photo-added',
  'photo-removed',
] as const;
type KnownAction = (typeof ACTIONS)[number];

const FIELDS = [
  'title',
  'description',
  'category',
  'mode',
  'price',
  'priceUnit',
  'onQuote',
  'indicativeValue',
  'reach',
  'reachTerritory',
  'availability',
  'neededBy',
  'expiresAt',
] as const;
type KnownField = (typeof FIELDS)[number];

/** Who did what to the item, and when: for its organisation and the animators. */
export function ItemHistory({ kind, itemId }: { kind: KindPath; itemId: string }) {
  const { t } = useTranslation();
  const history = useItemHistory(kind, itemId, true);

  const describe = (change: ItemChange) => {
    const action = ACTIONS.includes(change.action as KnownAction)
      ? t(`history.action.${change.action as KnownAction}`)
      : change.action;
    if (change.action === 'updated') {
      const fields = Object.keys(change.changes).map((field) =>
        FIELDS.includes(field as KnownField) ? t(`history.field.${field as KnownField}`) : field,
      );
      return fields.length ? t('history.changedFields', { action, fields: fields.join(', ') }) : action;
    }
    if (change.action === 'hidden' && typeof change.changes.reason === 'string') {
      return t('history.reason', { action, reason: change.changes.reason });
    }
    return action;
  };

  return (
    <section className="panel" aria-labelledby="item-history">
      <h2 id="item-history">{t('history.title')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <ol className="history">
          {history.data.map((change, index) => (
            <li key={`${change.occurredAt}-${index}`} className="history__entry">
              <time dateTime={change.occurredAt} className="history__when">
                {formatDateTime(change.occurredAt)}
              </time>{' '}
              <span className="history__who">{change.actorName ?? t('history.nobody')}</span>
              {' — '}
              {describe(change)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
