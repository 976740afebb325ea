import { useTranslation } from 'react-i18next';
import type { CategoryRef, Item, ItemMode, ItemStatus, ItemSummary } from '@/lib/api/types';
import { formatEuros } from '@/lib/format';
import { cx } from './class-names';

type Exchange = Pick<ItemSummary, 'market' | 'price' | 'priceUnit' | 'onQuote'>;

/** "45 € HT l'heure", "Sur devis" or "Gratuit · non marchand": what it costs, at a glance. */
export function useExchangeLabel() {
  const { t } = useTranslation();
  return (item: Exchange) => {
    if (!item.market) return t('exchange.nonMarket');
    if (item.onQuote || item.price === null) return t('exchange.onQuote');
    const price = formatEuros(item.price);
    return item.priceUnit
      ? t('exchange.price', { price, unit: t(`priceUnit.${item.priceUnit}`) })
      : t('exchange.priceNoUnit', { price });
  };
}

/** The mode and the price (or "non-market"), side by side. */
export function ExchangeFacts({ item }: { item: Exchange & { mode: ItemMode } }) {
  const { t } = useTranslation();
  const exchangeLabel = useExchangeLabel();
  return (
    <p className="exchange">
      <span className="exchange__mode">{t(`itemMode.${item.mode}`)}</span>
      <span className={cx('exchange__price', item.market ? 'exchange__price--market' : 'exchange__price--free')}>
        {exchangeLabel(item)}
      </span>
    </p>
  );
}

/** Where the item is available: a territory's name, the whole region, or remote. */
export function useReachLabel() {
  const { t } = useTranslation();
  return (item: Pick<Item, 'reach' | 'reachTerritory'>) =>
    item.reach === 'REGION' || item.reach === 'REMOTE' || !item.reachTerritory
      ? t(`reachLabel.${item.reach}`)
      : item.reachTerritory.name;
}

/** Draft, published, withdrawn… and hidden by the animators, which matters most. */
export function ItemStatusBadge({ status, hidden }: { status: ItemStatus; hidden: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={cx('status-badge', `status-badge--${hidden ? 'hidden' : status.toLowerCase()}`)}>
      {hidden ? t('itemStatus.HIDDEN') : t(`itemStatus.${status}`)}
    </span>
  );
}

/** "Transport et logistique › Véhicules et remorques": a sub-category goes under its top category. */
export function categoryLabel(category: CategoryRef) {
  return category.parent ? `${category.parent.name} › ${category.name}` : category.name;
}

/** An item's description: plain text whose paragraphs are separated by blank lines. */
export function ItemDescription({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} className="item-description">
            {paragraph}
          </p>
        ))}
    </>
  );
}
