/*
 * The events pages load together, on the first visit to one of them, with their texts: the
 * initial bundle names one chunk and one route (/events/*) for all of them.
 */
import { loadTexts } from '@/lib/i18n';
import { EventsRoutes } from './events-routes';

/** What the app's /events/* route renders (given the app's sign-in guard), once the texts are there too. */
export const page = loadTexts('events').then(() => EventsRoutes);
