import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useItem } from '../api/items';
import { ItemForm } from '../components/item-form';
import { useKindPath } from '../hooks/use-kind-path';

export function ItemEditRoute() {
  const { t } = useTranslation();
  const kind = useKindPath();
  const id = useParams().id ?? '';
  const query = useItem(kind, id);

  if (query.isPending) return <Loading />;
  if (query.isError || !query.data.item.editable) {
    const notFound = query.isError && isProblemError(query.error, 404);
    return (
      <Page title={notFound ? t('item.notFound') : t(`itemForm.editTitle.${kind}`)} width="narrow">
        {query.isError && !notFound ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <p>{notFound ? t('item.notFoundBody') : t('itemForm.notYours')}</p>
        )}
        <p>
          <Link to={`/${kind}/${id}`}>{t('itemForm.backToItem')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t(`itemForm.editTitle.${kind}`)} width="narrow" intro={<p>{query.data.item.title}</p>}>
      {/* Keyed by id: another item means another form. */}
      <ItemForm key={query.data.item.id} kind={kind} current={query.data} />
      <p>
        <Link to={`/${kind}/${id}`}>{t('itemForm.backToItem')}</Link>
      </p>
    </Page>
  );
}
