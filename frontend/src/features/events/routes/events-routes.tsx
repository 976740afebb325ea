import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useRoutes } from 'react-router';
import { NotFound } from '@/components/not-found';
import type { Role } from '@/lib/api/types';
import { AttendeesRoute } from './attendees';
import { EventRoute } from './event';
import { EventEditRoute } from './event-edit';
import { EventNewRoute } from './event-new';
import { EventsRoute } from './events';
import { MyEventsRoute } from './my-events';
import { ProposedEventsRoute } from './proposed-events';

/**
 * The pages under /events. The app names only /events/* (the initial bundle, whose 200 KB budget
 * is spent, then grows by one route rather than seven); the pages are told apart here, with
 * useRoutes (<Routes> would add its own code to the initial bundle's router).
 */
/** The app's guard (src/app), given by the app: signed-in people, with one of the roles when given. */
type Guard = ComponentType<{ roles?: Role[] }>;

const pages = (RequireSession: Guard) => [
  { index: true, element: <EventsRoute /> },
  {
    element: <RequireSession />,
    children: [
      { path: 'mine', element: <MyEventsRoute /> },
      { path: 'new', element: <EventNewRoute /> },
      { path: ':id/edit', element: <EventEditRoute /> },
      { path: ':id/attendees', element: <AttendeesRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['ANIMATOR', 'ADMIN']} />,
    children: [{ path: 'proposed', element: <ProposedEventsRoute /> }],
  },
  { path: ':id', element: <EventRoute /> },
  { path: '*', element: <NotFound /> },
];

export function EventsRoutes({ guard }: { guard: Guard }) {
  return useRoutes(useMemo(() => pages(guard), [guard]));
}
