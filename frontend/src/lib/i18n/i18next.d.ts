import 'i18next';
import type audit from './audit/fr.json';
import type events from './events/fr.json';
import type exchanges from './exchanges/fr.json';
import type followUp from './follow-up/fr.json';
import type jobs from './jobs/fr.json';
import type newsletter from './newsletter/fr.json';
import type partners from './partners/fr.json';
import type fr from './fr.json';

// Makes t() reject keys that are missing from the French catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fr;
      exchanges: typeof exchanges;
      followUp: typeof followUp;
      events: typeof events;
      newsletter: typeof newsletter;
      partners: typeof partners;
      audit: typeof audit;
      jobs: typeof jobs;
    };
  }
}
