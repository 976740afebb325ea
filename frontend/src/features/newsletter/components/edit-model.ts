import type { Newsletter, NewsletterEdit, NewsletterItem, NewsletterSection } from '@/lib/api/types';

/** The API's limit on each editorial. */
export const EDITORIAL_MAX = 5000;

/** What the editor changes about an item; the order of the list is the order sent. */
export type ItemState = { id: string; pinned: boolean; removed: boolean };

export type Editorials = { editorialFr: string; editorialEn: string };

export function editorialsOf(newsletter: Newsletter): Editorials {
  return { editorialFr: newsletter.editorialFr, editorialEn: newsletter.editorialEn };
}

export function itemStatesOf(newsletter: Newsletter): ItemState[] {
  return newsletter.items.map(({ id, pinned, removed }) => ({ id, pinned, removed }));
}

export function sameItems(a: readonly ItemState[], b: readonly ItemState[]) {
  return (
    a.length === b.length &&
    a.every(
      (item, index) =>
        item.id === b[index].id && item.pinned === b[index].pinned && item.removed === b[index].removed,
    )
  );
}

/** The body of a save, and of a preview: every item, in the order shown. */
export function editOf(editorials: Editorials, items: readonly ItemState[]): NewsletterEdit {
  return { ...editorials, items: items.map(({ id, pinned, removed }) => ({ id, pinned, removed })) };
}

export function toggleItem(items: readonly ItemState[], id: string, flag: 'pinned' | 'removed'): ItemState[] {
  return items.map((item) => (item.id === id ? { ...item, [flag]: !item[flag] } : item));
}

/**
 * Moves an item before the previous one of its section (-1) or after the next one (+1); items of
 * other sections keep their places. Unchanged when there is no such neighbour.
 */
export function moveItem(
  items: readonly ItemState[],
  sectionOf: (id: string) => NewsletterSection | undefined,
  id: string,
  direction: -1 | 1,
): ItemState[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const section = sectionOf(id);
  let to = from + direction;
  while (to >= 0 && to < items.length && sectionOf(items[to].id) !== section) to += direction;
  if (to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  [moved[from], moved[to]] = [moved[to], moved[from]];
  return moved;
}

export type SectionGroup = { section: NewsletterSection; items: (NewsletterItem & ItemState)[] };

/** The items by section, sections in the order their first item comes, items in the order given. */
export function groupBySection(details: readonly NewsletterItem[], items: readonly ItemState[]): SectionGroup[] {
  const byId = new Map(details.map((item) => [item.id, item]));
  const groups = new Map<NewsletterSection, SectionGroup>();
  for (const state of items) {
    const detail = byId.get(state.id);
    if (!detail) continue;
    let group = groups.get(detail.section);
    if (!group) {
      group = { section: detail.section, items: [] };
      groups.set(detail.section, group);
    }
    group.items.push({ ...detail, ...state });
  }
  return [...groups.values()];
}

/** The Paris month now (YYYY-MM): the month a newsletter composed today is for. */
export function currentParisMonth(now = new Date()) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(now);
}
