import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { ItemCard } from '@/components/item-card';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import type { ItemKind, ItemSummary } from '@/lib/api/types';
import { kindPathOf } from '@/lib/catalogue';
import { HIDDEN_PAGE_SIZE, useHiddenItems, useRestore } from '../api/moderation';

/** Offers and requests the animators hid, with why, and a way to show them again. */
export function ModerationRoute() {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title={t('moderation.title')} intro={<p>{t('moderation.intro')}</p>}>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <HiddenItems kind="OFFER" onDone={setDone} />
      <HiddenItems kind="REQUEST" onDone={setDone} />
    </Page>
  );
}

function HiddenItems({ kind, onDone }: { kind: ItemKind; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const kindPath = kindPathOf(kind);
  const [page, setPage] = useState(0);
  const hidden = useHiddenItems(kind, page);
  const restore = useRestore();
  const headingId = `hidden-${kindPath}`;

  return (
    <section className="my-items" aria-labelledby={headingId} aria-busy={hidden.isFetching}>
      <h2 id={headingId}>{t(`moderation.${kindPath}`)}</h2>
      <FormAlert error={restore.error} />
      <PagedList
        query={hidden}
        pageSize={HIDDEN_PAGE_SIZE}
        onPageChange={setPage}
        empty={t('moderation.none')}
        layout="card-grid"
        itemKey={(item) => item.id}
        renderItem={(item) => (
          <ItemCard item={item} showStatus>
            <HiddenReason item={item} />
            <Button
              variant="secondary"
              isPending={restore.isPending && restore.variables?.id === item.id}
              aria-label={t('moderation.restoreItem', { title: item.title })}
              onPress={() => {
                onDone(null);
                restore.mutate(item, {
                  onSuccess: () => onDone(t('moderation.restored', { title: item.title })),
                });
              }}
            >
              {t('moderation.restore')}
            </Button>
          </ItemCard>
        )}
      />
    </section>
  );
}

function HiddenReason({ item }: { item: ItemSummary }) {
  const { t } = useTranslation();
  if (!item.moderationReason) return null;
  return <p className="moderation-reason">{t('moderation.reason', { reason: item.moderationReason })}</p>;
}
