import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import type { Item } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';
import { allowedActions, useItemAction, type ItemAction } from '../api/items';

type ItemManagePanelProps = {
  kind: KindPath;
  item: Item;
  /** Says what was done, once it is. */
  onDone: (message: string) => void;
};

/** Edit, publish, withdraw, mark fulfilled, extend: what the item's status allows. */
export function ItemManagePanel({ kind, item, onDone }: ItemManagePanelProps) {
  const { t } = useTranslation();
  const action = useItemAction(kind);
  const [confirmFulfil, setConfirmFulfil] = useState(false);
  const allowed = allowedActions(item.status);

  const run = (name: ItemAction) =>
    action.mutate({ id: item.id, action: name }, { onSuccess: () => onDone(t(`manage.done.${name}`)) });

  return (
    <section className="panel" aria-labelledby="item-manage">
      <h2 id="item-manage">{t('manage.title')}</h2>
      <p className="hint">{t(`manage.status.${item.status}`)}</p>
      {item.showOnCeres && (
        <p>
          <span className="badge">{t('manage.onCeres')}</span>
        </p>
      )}
      <FormAlert error={action.error} />
      <div className="button-row">
        {item.status !== 'FULFILLED' && (
          <ButtonLink to={`/${kind}/${item.id}/edit`} variant="secondary">
            {t('manage.edit')}
          </ButtonLink>
        )}
        {allowed.includes('publish') && (
          <Button onPress={() => run('publish')} isPending={action.isPending && action.variables?.action === 'publish'}>
            {t('manage.publish')}
          </Button>
        )}
        {allowed.includes('extend') && (
          <Button
            variant="secondary"
            onPress={() => run('extend')}
            isPending={action.isPending && action.variables?.action === 'extend'}
          >
            {t('manage.extend')}
          </Button>
        )}
        {allowed.includes('withdraw') && (
          <Button
            variant="secondary"
            onPress={() => run('withdraw')}
            isPending={action.isPending && action.variables?.action === 'withdraw'}
          >
            {t('manage.withdraw')}
          </Button>
        )}
        {allowed.includes('fulfil') && (
          <Button variant="secondary" onPress={() => setConfirmFulfil(true)}>
            {t(`manage.fulfil.${item.kind}`)}
          </Button>
        )}
      </div>
      <Dialog title={t(`manage.fulfil.${item.kind}`)} isOpen={confirmFulfil} onOpenChange={setConfirmFulfil}>
        <p>{t('manage.fulfilConfirm')}</p>
        <div className="dialog__actions">
          <Button variant="secondary" onPress={() => setConfirmFulfil(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            isPending={action.isPending}
            onPress={() => {
              action.mutate(
                { id: item.id, action: 'fulfil' },
                {
                  onSuccess: () => onDone(t('manage.done.fulfil')),
                  onSettled: () => setConfirmFulfil(false),
                },
              );
            }}
          >
            {t('manage.fulfilConfirmButton')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
