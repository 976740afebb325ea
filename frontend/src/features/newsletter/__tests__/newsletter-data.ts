import type { Newsletter, NewsletterItem, PostOfTheDay } from '@/lib/api/types';
import { currentParisMonth } from '../components/edit-model';

/** Small, realistic answers of the newsletter API for its tests. */

function item(overrides: Partial<NewsletterItem> & Pick<NewsletterItem, 'id' | 'section' | 'title'>): NewsletterItem {
  return {
    summary: '',
    link: `https://elbasar.example/${overrides.id}`,
    territory: 'Nord',
    imageUrl: null,
    pinned: false,
    removed: false,
    ...overrides,
  };
}

export const ITEMS: NewsletterItem[] = [
  item({ id: 'm1', section: 'NEW_MEMBERS', title: 'Bienvenue à Coop’Vélo Roubaix' }),
  item({ id: 'o1', section: 'OFFERS', title: 'Remorque à prêter', summary: 'Pour vos déménagements.' }),
  item({ id: 'o2', section: 'OFFERS', title: 'Conseil en comptabilité' }),
  item({ id: 'o3', section: 'OFFERS', title: 'Vélos reconditionnés', territory: 'Pas-de-Calais' }),
  item({ id: 'r1', section: 'REQUESTS', title: 'Cherche un local à Lille' }),
];

export function newsletter(overrides: Partial<Newsletter> = {}): Newsletter {
  return {
    id: 'n1',
    month: currentParisMonth(),
    title: "La lettre d'elBasar — décembre 2026",
    status: 'DRAFT',
    sentAt: null,
    version: 3,
    editorialFr: 'Bonjour à toutes et à tous.',
    editorialEn: 'Hello everyone.',
    items: ITEMS,
    figures: {
      month: '2026-11',
      exchanges: 12,
      totalEur: 4300,
      hours: 56,
      organisationsInvolved: 18,
      newMembers: 2,
      eventsHeld: 3,
    },
    progress: null,
    actions: ['EDIT', 'SEND', 'TEST', 'REFRESH'],
    ...overrides,
  };
}

export function post(overrides: Partial<PostOfTheDay> = {}): PostOfTheDay {
  return {
    id: 'p1',
    day: '2026-11-28',
    status: 'PROPOSED',
    subject: {
      kind: 'OFFER',
      id: 'i1',
      title: 'Remorque à prêter',
      organisation: 'Les Ateliers du Réemploi',
      territory: 'Lille',
      mode: 'EQUIPMENT_LOAN',
      link: 'https://elbasar.example/offers/i1',
    },
    text: 'Besoin d’une remorque ? Les Ateliers du Réemploi la prêtent. https://elbasar.example/offers/i1',
    imageUrl: '/api/v1/offers/i1/photos/1',
    decidedBy: null,
    decidedAt: null,
    exchanges: 0,
    ...overrides,
  };
}
