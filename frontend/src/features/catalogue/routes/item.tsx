import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ItemStatusBadge } from '@/components/item-facts';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { SuggestionList } from '@/components/suggestion-list';
import { isProblemError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/auth-provider';
import type { KindPath } from '@/lib/catalogue';
import { formatDate } from '@/lib/format';
import { useArrivalNotice } from '@/lib/use-arrival-notice';
import { useItem, type ItemNotice } from '../api/items';
import { ItemContactPanel } from '../components/item-contact-panel';
import { ItemDetails } from '../components/item-details';
import { ItemHistory } from '../components/item-history';
import { ItemManagePanel } from '../components/item-manage-panel';
import { ItemModerationPanel } from '../components/item-moderation-panel';
import { ItemPhotosEditor } from '../components/item-photos-editor';
import { useKindPath } from '../hooks/use-kind-path';

export function ItemRoute() {
  const kind = useKindPath();
  const id = useParams().id ?? '';
  // Another item is another page: nothing said about this one carries over.
  return <ItemPage key={`${kind}/${id}`} kind={kind} id={id} />;
}

function ItemPage({ kind, id }: { kind: KindPath; id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const query = useItem(kind, id);
  const arrivedWith = useArrivalNotice<ItemNotice>();
  // The last thing done here, announced; starts with what the form did.
  const [done, setDone] = useState<string | null>(arrivedWith ? t(`itemNotice.${arrivedWith}`) : null);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isProblemError(query.error, 404);
    return (
      <Page title={notFound ? t('item.notFound') : t(`catalogue.${kind}.title`)} width="narrow">
        {notFound ? (
          <p>{t('item.notFoundBody')}</p>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
        <p>
          <Link to={`/${kind}`}>{t(`item.backTo.${kind}`)}</Link>
        </p>
      </Page>
    );
  }

  const { item } = query.data;
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  const listed = item.status === 'PUBLISHED' && !item.moderation;
  const myOrganisation = session.me?.organisation;
  const isOwn = myOrganisation?.id === item.organisation.id;
  // People of another active member organisation answer through the platform.
  const canContact = listed && !isOwn && session.hasRole('MEMBER') && myOrganisation?.status === 'ACTIVE';

  return (
    <Page title={item.title}>
      <p className="profile__meta">
        {t(`item.kind.${item.kind}`)}
        {!listed && (
          <>
            {' '}
            <ItemStatusBadge status={item.status} hidden={Boolean(item.moderation)} />
          </>
        )}
      </p>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      {item.moderation && (
        <div className="alert alert--info">
          <p className="alert__title">
            {t('item.hiddenOn', { date: formatDate(item.moderation.hiddenAt) })}
          </p>
          <p>{t('item.hiddenReason', { reason: item.moderation.reason })}</p>
        </div>
      )}
      <ItemDetails item={item} aside={canContact && <ItemContactPanel item={item} />} />
      {listed && isOwn && item.kind === 'REQUEST' && (
        // On the organisation's own request: offers and members of the network that could meet it.
        <SuggestionList
          requestId={item.id}
          headingId="item-suggestions"
          className="my-items"
          intro={t('suggestion.forOwnRequest')}
        />
      )}
      {item.editable && (
        <>
          <ItemManagePanel kind={kind} item={item} onDone={setDone} />
          <ItemPhotosEditor kind={kind} item={item} />
        </>
      )}
      {isStaff && <ItemModerationPanel kind={kind} item={item} onDone={setDone} />}
      {(item.editable || isStaff) && <ItemHistory kind={kind} itemId={item.id} />}
      <p>
        <Link to={`/${kind}`}>{t(`item.backTo.${kind}`)}</Link>
      </p>
    </Page>
  );
}
