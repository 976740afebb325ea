import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { ItemCard } from '@/components/item-card';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import type { ItemKind, ItemSummary } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { kindPathOf } from '@/lib/catalogue';
import { allowedActions, MY_ITEMS_PAGE_SIZE, useItemAction, useOrganisationItems, type ItemAction } from '../api/items';

/** The organisation's offers and requests in every state, with the actions each allows. */
export function MyItemsRoute() {
  const { t } = useTranslation();
  const { me } = useSession();
  const organisation = me?.organisation;
  const [done, setDone] = useState<string | null>(null);

  if (!organisation) {
    return (
      <Page title={t('myItems.title')} width="narrow">
        <p>{t('myItems.noOrganisation')}</p>
      </Page>
    );
  }

  return (
    <Page title={t('myItems.title')} intro={<p>{t('myItems.intro', { organisation: organisation.name })}</p>}>
      {organisation.status === 'ACTIVE' && (
        <p className="page-actions">
          <ButtonLink to="/offers/new">{t('catalogue.offers.create')}</ButtonLink>
          <ButtonLink to="/requests/new" variant="secondary">
            {t('catalogue.requests.create')}
          </ButtonLink>
        </p>
      )}
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <OrganisationItems organisationId={organisation.id} kind="OFFER" onDone={setDone} />
      <OrganisationItems organisationId={organisation.id} kind="REQUEST" onDone={setDone} />
    </Page>
  );
}

type OrganisationItemsProps = {
  organisationId: string;
  kind: ItemKind;
  onDone: (message: string | null) => void;
};

function OrganisationItems({ organisationId, kind, onDone }: OrganisationItemsProps) {
  const { t } = useTranslation();
  const kindPath = kindPathOf(kind);
  const [page, setPage] = useState(0);
  const items = useOrganisationItems(organisationId, kind, page);
  const action = useItemAction(kindPath);
  const headingId = `my-items-${kindPath}`;

  const run = (item: ItemSummary, name: ItemAction) => {
    onDone(null);
    action.mutate(
      { id: item.id, action: name },
      { onSuccess: () => onDone(t(`myItems.done.${name}`, { title: item.title })) },
    );
  };

  return (
    <section className="my-items" aria-labelledby={headingId} aria-busy={items.isFetching}>
      <h2 id={headingId}>{t(`myItems.${kindPath}.title`)}</h2>
      <FormAlert error={action.error} />
      <PagedList
        query={items}
        pageSize={MY_ITEMS_PAGE_SIZE}
        onPageChange={setPage}
        empty={t(`myItems.${kindPath}.empty`)}
        layout="card-grid"
        itemKey={(item) => item.id}
        renderItem={(item) => {
          const allowed = allowedActions(item.status);
          const busy = action.isPending && action.variables?.id === item.id;
          const quick = (['publish', 'withdraw', 'extend'] as const).filter((name) => allowed.includes(name));
          return (
            <ItemCard item={item} showStatus>
              <div className="button-row button-row--compact">
                {item.status !== 'FULFILLED' && (
                  <ButtonLink
                    to={`/${kindPath}/${item.id}/edit`}
                    variant="secondary"
                    aria-label={t('myItems.editItem', { title: item.title })}
                  >
                    {t('manage.edit')}
                  </ButtonLink>
                )}
                {quick.map((name) => (
                  <Button
                    key={name}
                    variant={name === 'publish' ? 'primary' : 'secondary'}
                    isDisabled={busy}
                    aria-label={t(`myItems.actionFor.${name}`, { title: item.title })}
                    onPress={() => run(item, name)}
                  >
                    {t(`manage.${name}`)}
                  </Button>
                ))}
              </div>
            </ItemCard>
          );
        }}
      />
    </section>
  );
}
