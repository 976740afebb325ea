import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import type { Item } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';
import { useHideItem, useRestoreItem } from '../api/items';
import { HideDialog } from './hide-dialog';

/** For animators: hide an item from the catalogue with a reason, or show it again. */
export function ItemModerationPanel({
  kind,
  item,
  onDone,
}: {
  kind: KindPath;
  item: Item;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const hide = useHideItem(kind, item.id);
  const restore = useRestoreItem(kind, item.id);
  const [hiding, setHiding] = useState(false);

  return (
    <section className="panel" aria-labelledby="item-moderation">
      <h2 id="item-moderation">{t('moderate.title')}</h2>
      <FormAlert error={restore.error} />
      {item.moderation ? (
        <Button
          variant="secondary"
          isPending={restore.isPending}
          onPress={() => restore.mutate(undefined, { onSuccess: () => onDone(t('moderate.restored')) })}
        >
          {t('moderate.restore')}
        </Button>
      ) : (
        <>
          <p className="hint">{t('moderate.hideHelp')}</p>
          <Button variant="danger" onPress={() => setHiding(true)}>
            {t('moderate.hide')}
          </Button>
        </>
      )}
      {hiding && (
        <HideDialog
          title={item.title}
          onClose={() => setHiding(false)}
          onHide={async (reason) => {
            await hide.mutateAsync(reason);
            onDone(t('moderate.hidden'));
          }}
        />
      )}
    </section>
  );
}
