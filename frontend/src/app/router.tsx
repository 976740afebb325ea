import type { RouteObject } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Loading } from '@/components/query-state';
import { RequireSession } from '@/components/require-session';
import { loadTexts } from '@/lib/i18n';
import { AppShell } from './app-shell';
import { RouteError } from './not-found';

/**
 * Exchanges and impact pages load by feature (one chunk each), with their texts, which are kept
 * out of the initial bundle too.
 */
const exchangePages = () =>
  Promise.all([import('@/features/exchanges/routes'), loadTexts('exchanges')]).then(([pages]) => pages);
const impactPages = () => Promise.all([import('@/features/impact/routes'), loadTexts('exchanges')]).then(([pages]) => pages);
/** The newsletter's animator pages (the editor and the post of the day), one chunk with their texts. */
const newsletterStaffPages = () => import('@/features/newsletter/routes/staff').then((m) => m.page);
/** The admins' partner-client pages, one chunk with their texts. */
const partnerPages = () => import('@/features/partners/routes').then((m) => m.page);
/** The admins' audit log, one chunk with its texts. */
const auditLogPage = () => import('@/features/audit-log/routes').then((m) => m.page);
/** The admins' periodic jobs, one chunk with their texts. */
const jobsPage = () => import('@/features/jobs/routes').then((m) => m.page);

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
          // Offers and requests share their pages; the path tells which.
          ...(['offers', 'requests'] as const).flatMap((kind) => [
            {
              path: kind,
              lazy: () => import('@/features/catalogue/routes/catalogue').then((m) => ({ Component: m.CatalogueRoute })),
            },
            {
              path: `${kind}/:id`,
              lazy: () => import('@/features/catalogue/routes/item').then((m) => ({ Component: m.ItemRoute })),
            },
            {
              element: <RequireSession />,
              children: [
                {
                  path: `${kind}/new`,
                  lazy: () =>
                    import('@/features/catalogue/routes/item-new').then((m) => ({ Component: m.ItemNewRoute })),
                },
                {
                  path: `${kind}/:id/edit`,
                  lazy: () =>
                    import('@/features/catalogue/routes/item-edit').then((m) => ({ Component: m.ItemEditRoute })),
                },
              ],
            },
          ]),
          // The events pages route among themselves (features/events/routes): one route here.
          {
            path: 'events/*',
            lazy: () => import('@/features/events/routes').then((m) => m.page).then((Events) => ({ element: <Events guard={RequireSession} /> })),
          },
          // The newsletter's public pages (archive, an issue, its emails' links) route among themselves.
          {
            path: 'newsletter/*',
            lazy: () => import('@/features/newsletter/routes').then((m) => m.page).then((Component) => ({ Component })),
          },
          {
            path: 'extend/:token',
            lazy: () => import('@/features/catalogue/routes/extend').then((m) => ({ Component: m.ExtendRoute })),
          },
          // The "did an exchange happen?" links of follow-up emails: no sign-in.
          ...['follow-up/:token', 'follow-up/:token/:answer'].map((path) => ({
            path,
            lazy: () =>
              Promise.all([import('@/features/hotline/routes/follow-up'), loadTexts('followUp')]).then(([m]) => ({
                Component: m.FollowUpRoute,
              })),
          })),
          {
            path: 'valuation-rules',
            lazy: () => exchangePages().then((m) => ({ Component: m.ValuationRulesRoute })),
          },
          {
            path: 'saved-searches/unsubscribe',
            lazy: () =>
              import('@/features/saved-searches/routes/unsubscribe').then((m) => ({ Component: m.UnsubscribeRoute })),
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: 'my-items',
                lazy: () => import('@/features/catalogue/routes/my-items').then((m) => ({ Component: m.MyItemsRoute })),
              },
              {
                path: 'saved-searches',
                lazy: () =>
                  import('@/features/saved-searches/routes/saved-searches').then((m) => ({
                    Component: m.SavedSearchesRoute,
                  })),
              },
              {
                path: 'introductions',
                lazy: () =>
                  import('@/features/hotline/routes/introductions').then((m) => ({ Component: m.IntroductionsRoute })),
              },
              {
                path: 'exchanges',
                lazy: () => exchangePages().then((m) => ({ Component: m.ExchangesRoute })),
              },
              {
                path: 'exchanges/new',
                lazy: () => exchangePages().then((m) => ({ Component: m.ExchangeNewRoute })),
              },
              {
                path: 'exchanges/:id',
                lazy: () => exchangePages().then((m) => ({ Component: m.ExchangeRoute })),
              },
              {
                path: 'exchanges/:id/edit',
                lazy: () => exchangePages().then((m) => ({ Component: m.ExchangeEditRoute })),
              },
              {
                path: 'exchanges/:id/agreement',
                lazy: () => exchangePages().then((m) => ({ Component: m.AgreementRoute })),
              },
              {
                path: 'impact',
                lazy: () => impactPages().then((m) => ({ Component: m.ImpactRoute })),
              },
              {
                path: 'organisations/:id/report/:year',
                lazy: () => impactPages().then((m) => ({ Component: m.YearReportRoute })),
              },
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
                path: 'moderation',
                lazy: () =>
                  import('@/features/moderation/routes/moderation').then((m) => ({ Component: m.ModerationRoute })),
              },
              {
                path: 'hotline',
                lazy: () => import('@/features/hotline/routes/hotline').then((m) => ({ Component: m.HotlineRoute })),
              },
              {
                path: 'hotline/needs/new',
                lazy: () => import('@/features/hotline/routes/need-new').then((m) => ({ Component: m.NeedNewRoute })),
              },
              {
                path: 'hotline/cases/:requestId',
                lazy: () => import('@/features/hotline/routes/case').then((m) => ({ Component: m.CaseRoute })),
              },
              {
                path: 'impact/graph',
                lazy: () => impactPages().then((m) => ({ Component: m.GraphRoute })),
              },
              {
                path: 'newsletters/*',
                lazy: () => newsletterStaffPages().then((m) => ({ Component: m.EditorRoutes })),
              },
              {
                path: 'posts-of-the-day',
                lazy: () => newsletterStaffPages().then((m) => ({ Component: m.PostsOfTheDayRoute })),
              },
              {
                path: 'join-requests',
                lazy: () =>
                  import('@/features/join-requests/routes/join-requests').then((m) => ({
                    Component: m.JoinRequestsRoute,
                  })),
              },
            ],
          },
          {
            element: <RequireSession roles={['ADMIN']} />,
            children: [
              {
                path: 'admin/partners/*',
                lazy: () => partnerPages().then((Component) => ({ Component })),
              },
              {
                path: 'admin/audit-log',
                lazy: () => auditLogPage().then((Component) => ({ Component })),
              },
              {
                path: 'admin/jobs',
                lazy: () => jobsPage().then((Component) => ({ Component })),
              },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
