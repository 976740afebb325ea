import type { RouteObject } from 'react-router';
import { Loading } from '@/components/query-state';
import { AppShell } from './app-shell';
import { NotFound, RouteError } from './not-found';
import { RequireSession } from './require-session';

/** Pages load on demand: a phone on a slow network only fetches what it shows. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    // Shown while the first page's code loads.
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('@/features/home/routes/home').then((m) => ({ Component: m.HomeRoute })) },
          {
            path: 'sign-in',
            lazy: () => import('@/features/auth/routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
          },
          {
            path: 'sign-up',
            lazy: () => import('@/features/auth/routes/sign-up').then((m) => ({ Component: m.SignUpRoute })),
          },
          {
            path: 'sign-up/pending',
            lazy: () =>
              import('@/features/auth/routes/sign-up-pending').then((m) => ({ Component: m.SignUpPendingRoute })),
          },
          {
            path: 'forgot-password',
            lazy: () =>
              import('@/features/auth/routes/forgot-password').then((m) => ({ Component: m.ForgotPasswordRoute })),
          },
          {
            path: 'reset-password',
            lazy: () =>
              import('@/features/auth/routes/reset-password').then((m) => ({ Component: m.ResetPasswordRoute })),
          },
          {
            path: 'invitations/:token',
            lazy: () =>
              import('@/features/auth/routes/accept-invitation').then((m) => ({ Component: m.AcceptInvitationRoute })),
          },
          {
            path: 'directory',
            lazy: () =>
              import('@/features/organisations/routes/directory').then((m) => ({ Component: m.DirectoryRoute })),
          },
          {
            path: 'organisations/:id',
            lazy: () =>
              import('@/features/organisations/routes/organisation').then((m) => ({ Component: m.OrganisationRoute })),
          },
          {
            path: 'charter',
            lazy: () => import('@/features/charter/routes/charter').then((m) => ({ Component: m.CharterRoute })),
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: 'account',
                lazy: () => import('@/features/account/routes/account').then((m) => ({ Component: m.AccountRoute })),
              },
              {
                path: 'my-organisation',
                lazy: () =>
                  import('@/features/organisations/routes/my-organisation').then((m) => ({
                    Component: m.MyOrganisationRoute,
                  })),
              },
            ],
          },
          {
            element: <RequireSession roles={['ANIMATOR', 'ADMIN']} />,
            children: [
              {
                path: 'join-requests',
                lazy: () =>
                  import('@/features/join-requests/routes/join-requests').then((m) => ({
                    Component: m.JoinRequestsRoute,
                  })),
              },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
