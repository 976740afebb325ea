import { useRoutes } from 'react-router';
import { NotFound } from '@/components/not-found';
import { ArchiveRoute } from './archive';
import { ConfirmRoute } from './confirm';
import { IssueRoute } from './issue';
import { UnsubscribeRoute } from './unsubscribe';

/** The public pages under /newsletter, told apart here (one route in the app, like /events/*). */
const PAGES = [
  { index: true, element: <ArchiveRoute /> },
  { path: 'confirm/:token', element: <ConfirmRoute /> },
  { path: 'unsubscribe/:token', element: <UnsubscribeRoute /> },
  { path: ':id', element: <IssueRoute /> },
  { path: '*', element: <NotFound /> },
];

export function NewsletterRoutes() {
  return useRoutes(PAGES);
}
