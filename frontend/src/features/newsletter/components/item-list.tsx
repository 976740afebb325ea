import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { cx } from '@/components/class-names';
import type { NewsletterItem } from '@/lib/api/types';
import { groupBySection, moveItem, toggleItem, type ItemState } from './edit-model';

type ItemListProps = {
  /** The items as the API describes them (titles, sections…). */
  details: readonly NewsletterItem[];
  /** Their order and what the animator chose (pinned, removed). */
  items: readonly ItemState[];
  onChange: (items: ItemState[]) => void;
};

const moveButtonId = (id: string, direction: -1 | 1) => `item-${direction < 0 ? 'up' : 'down'}-${id}`;

/** The items by section: pin them to the highlights, remove (or restore) them, reorder them. */
export function ItemList({ details, items, onChange }: ItemListProps) {
  const { t: tx } = useTranslation('newsletter');
  const groups = groupBySection(details, items);
  const sectionOf = (id: string) => details.find((item) => item.id === id)?.section;
  // After a move, focus stays on the item moved (on the other arrow once it reaches an end).
  const focusAfterMove = useRef<{ id: string; direction: -1 | 1 } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const focus = focusAfterMove.current;
    if (!focus) return;
    focusAfterMove.current = null;
    const button = document.getElementById(moveButtonId(focus.id, focus.direction));
    const other = document.getElementById(moveButtonId(focus.id, focus.direction < 0 ? 1 : -1));
    (button && !button.hasAttribute('disabled') ? button : other)?.focus();
  });

  const move = (item: NewsletterItem, direction: -1 | 1) => {
    const moved = moveItem(items, sectionOf, item.id, direction);
    const group = groupBySection(details, moved).find((one) => one.section === item.section);
    const position = (group?.items.findIndex((one) => one.id === item.id) ?? 0) + 1;
    setAnnouncement(
      tx('items.moved', {
        title: item.title,
        position,
        count: group?.items.length ?? 1,
        section: tx(`section.${item.section}`),
      }),
    );
    onChange(moved);
    focusAfterMove.current = { id: item.id, direction };
  };

  if (groups.length === 0) return <p className="empty-state">{tx('items.none')}</p>;

  return (
    <div className="newsletter-items">
      {groups.map((group) => (
        <section key={group.section} aria-labelledby={`section-${group.section}`}>
          <h3 id={`section-${group.section}`}>
            {tx(`section.${group.section}`)} <span className="newsletter-items__count">({group.items.length})</span>
          </h3>
          <ol className="newsletter-items__list">
            {group.items.map((item, index) => (
              <li key={item.id} className={cx('newsletter-item', item.removed && 'newsletter-item--removed')}>
                <div className="newsletter-item__text">
                  <p className="newsletter-item__title">
                    {item.title}
                    {item.pinned && (
                      <span className="status-badge status-badge--accepted">{tx('items.pinnedBadge')}</span>
                    )}
                    {item.removed && (
                      <span className="status-badge status-badge--declined">{tx('items.removedBadge')}</span>
                    )}
                  </p>
                  {item.summary && <p className="newsletter-item__summary">{item.summary}</p>}
                  {item.territory && <p className="newsletter-item__territory">{item.territory}</p>}
                </div>
                <div className="button-row button-row--compact">
                  <Button
                    variant="secondary"
                    onPress={() => onChange(toggleItem(items, item.id, 'pinned'))}
                    aria-label={tx(item.pinned ? 'items.unpinNamed' : 'items.pinNamed', { title: item.title })}
                  >
                    {tx(item.pinned ? 'items.unpin' : 'items.pin')}
                  </Button>
                  <Button
                    variant="secondary"
                    onPress={() => onChange(toggleItem(items, item.id, 'removed'))}
                    aria-label={tx(item.removed ? 'items.restoreNamed' : 'items.removeNamed', { title: item.title })}
                  >
                    {tx(item.removed ? 'items.restore' : 'items.remove')}
                  </Button>
                  <Button
                    variant="quiet"
                    id={moveButtonId(item.id, -1)}
                    isDisabled={index === 0}
                    onPress={() => move(item, -1)}
                    aria-label={tx('items.upNamed', { title: item.title })}
                  >
                    {tx('items.up')}
                  </Button>
                  <Button
                    variant="quiet"
                    id={moveButtonId(item.id, 1)}
                    isDisabled={index === group.items.length - 1}
                    onPress={() => move(item, 1)}
                    aria-label={tx('items.downNamed', { title: item.title })}
                  >
                    {tx('items.down')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
