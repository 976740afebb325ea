import { useRoutes } from 'react-router';
import { NotFound } from '@/components/not-found';
import { PartnerRoute } from './partner';
import { PartnersRoute } from './partners';

/** The admins' pages under /admin/partners (one route in the app). */
const PAGES = [
  { index: true, element: <PartnersRoute /> },
  { path: ':id', element: <PartnerRoute /> },
  { path: '*', element: <NotFound /> },
];

export function PartnerRoutes() {
  return useRoutes(PAGES);
}
