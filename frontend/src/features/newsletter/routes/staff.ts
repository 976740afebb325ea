/*
 * The animators' newsletter pages (the editor under /newsletters/*, the post of the day) load
 * together with their texts, apart from the public pages (./index.ts) that readers open.
 */
import { loadTexts } from '@/lib/i18n';
import { PostsOfTheDayRoute } from './posts-of-the-day';
import { EditorRoutes } from './staff-routes';

export const page = loadTexts('newsletter').then(() => ({ EditorRoutes, PostsOfTheDayRoute }));
