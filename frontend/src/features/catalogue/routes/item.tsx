import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ItemStatusBadge } from '@/components/item-facts';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/auth-provider';
import type { KindPath } from '@/lib/catalogue';
import { formatDate } from '@/lib/format';
import { useItem, type ItemNotice } from '../api/items';
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
  const location = useLocation();
  const query = useItem(kind, id);
  const arrivedWith = (location.state as { notice?: ItemNotice } | null)?.notice;
  // The last thing done here, announced; starts with what the form did.
  const [done, setDone] = useState<string | null>(arrivedWith ? t(`itemNotice.${arrivedWith}`) : null);
  const navigate = useNavigate();
  // Said once: a reload of the page does not say it again.
  useEffect(() => {
    if (arrivedWith) void navigate(location.pathname, { replace: true, state: null });
  }, [arrivedWith, navigate, location.pathname]);

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
      <ItemDetails item={item} />
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
