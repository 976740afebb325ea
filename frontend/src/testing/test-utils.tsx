import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/router';
import type { Me } from '@/lib/api/types';
import { endSession, startSession } from '@/lib/auth/session';
import { apiUrl } from './handlers';
import { server } from './server';

type RenderAppOptions = {
  /** Signed in as this person; signed out otherwise. */
  as?: Me;
  /** As the app runs (main.tsx): effects run twice in development. */
  strict?: boolean;
};

/** Renders the whole app at `url`, as a visitor who opened that link. */
export function renderApp(url: string, { as, strict }: RenderAppOptions = {}) {
  if (as) {
    server.use(http.get(apiUrl('/me'), () => HttpResponse.json(as)));
    startSession({ accessToken: 'test-token', expiresIn: 900 });
  } else {
    endSession();
  }
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const app = (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
  const view = render(strict ? <StrictMode>{app}</StrictMode> : app);
  return { ...view, user, router };
}

/** The path and query string the app is showing. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>) {
  return router.state.location.pathname + router.state.location.search;
}

/** Records the requests matching a handler, for asserting what the app sent. */
export function recordRequests() {
  const requests: Request[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.startsWith('/api/')) requests.push(request.clone());
  };
  server.events.on('request:start', onRequest);
  return {
    requests,
    find: (method: string, path: string) =>
      requests.filter((request) => request.method === method && new URL(request.url).pathname === `/api/v1${path}`),
    stop: () => server.events.removeListener('request:start', onRequest),
  };
}
