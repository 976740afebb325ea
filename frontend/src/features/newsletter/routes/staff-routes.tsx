import { useRoutes } from 'react-router';
import { NotFound } from '@/components/not-found';
import { NewsletterEditRoute } from './newsletter-edit';
import { NewslettersRoute } from './newsletters';

/** The animators' pages under /newsletters (one route in the app). */
const PAGES = [
  { index: true, element: <NewslettersRoute /> },
  { path: ':id/edit', element: <NewsletterEditRoute /> },
  { path: '*', element: <NotFound /> },
];

export function EditorRoutes() {
  return useRoutes(PAGES);
}
