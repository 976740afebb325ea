import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { MessageDialog } from '@/components/message-dialog';
import { useCreateIntroduction } from '@/lib/api/introductions';
import type { Item } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';

/**
 * A member answers another organisation's item through the platform: "contact this organisation"
 * on an offer, "I can help" on a request. Both are emailed each other's contact, and the
 * network counts the exchange.
 */
export function ItemContactPanel({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const introduce = useCreateIntroduction();
  const [isOpen, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const kind = item.kind;
  const organisation = item.organisation.name;
  const signature = me ? `${me.firstName} ${me.lastName}${me.organisation ? `, ${me.organisation.name}` : ''}` : '';

  const send = async (message: string) => {
    await introduce.mutateAsync(kind === 'OFFER' ? { offerId: item.id, message } : { requestId: item.id, message });
    setSent(true);
  };

  return (
    <section className="panel" aria-labelledby="item-contact-panel">
      <h2 id="item-contact-panel">{t(`contactItem.title.${kind}`)}</h2>
      <p>{t(`contactItem.intro.${kind}`, { organisation })}</p>
      <div role="status" className="status-line">
        {sent && <p className="alert alert--success">{t('contactItem.sent', { organisation })}</p>}
      </div>
      {!sent && (
        <Button onPress={() => setOpen(true)}>{t(`contactItem.open.${kind}`)}</Button>
      )}
      <p>
        {/* The exchanges feature builds the declaration from the item: provider and beneficiary, mode. */}
        <Link to={`/exchanges/new?${kind === 'OFFER' ? 'offerId' : 'requestId'}=${item.id}`}>
          {t('contactItem.declareExchange')}
        </Link>
      </p>
      {isOpen && (
        <MessageDialog
          title={t(`contactItem.dialogTitle.${kind}`, { organisation })}
          label={t('contactItem.message')}
          description={t('contactItem.messageHelp', { organisation })}
          defaultMessage={t(`contactItem.defaultMessage.${kind}`, { title: item.title, signature })}
          confirmLabel={t('contactItem.send')}
          onClose={() => setOpen(false)}
          onConfirm={send}
        />
      )}
    </section>
  );
}
