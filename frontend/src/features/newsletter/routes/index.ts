/*
 * The newsletter's public pages (the archive, an issue, the subscription links of its emails) load
 * together with their texts: the initial bundle names one chunk and one route (/newsletter/*).
 * The animators' pages (the editor, the post of the day) are another chunk: ./staff.ts.
 */
import { loadTexts } from '@/lib/i18n';
import { NewsletterRoutes } from './newsletter-routes';

/** What the app's /newsletter/* route renders, once the texts are there too. */
export const page = loadTexts('newsletter').then(() => NewsletterRoutes);
