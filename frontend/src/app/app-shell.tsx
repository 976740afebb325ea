import { lazy, Suspense, useState } from 'react';
import { RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useHref,
  useLocation,
  useNavigate,
  useNavigation,
  type NavigateOptions,
} from 'react-router';
import { ButtonLink } from '@/components/button';
import { LanguageSwitch } from '@/components/language-switch';
import type { Me } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { AccountBadge } from './account-menu-badge';

/**
 * The account menu's code (react-aria's menus, popovers and focus scopes: a fifth of the initial
 * bundle) loads once someone is signed in; until then its button stands in, inert.
 */
const AccountMenu = lazy(() => import('./account-menu').then((m) => ({ default: m.AccountMenu })));

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A page's code is loading: show that something is happening on slow networks.
  const isNavigating = useNavigation().state === 'loading';
  return (
    // Lets react-aria links and menu items navigate inside the app.
    <RouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      {isNavigating && <div className="progress-bar" aria-hidden="true" />}
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <footer className="footer">
        <p>{t('shell.footer')}</p>
        <p>
          <Link to="/charter">{t('nav.charter')}</Link>
        </p>
      </footer>
    </RouterProvider>
  );
}

function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // The mobile menu closes whenever the page changes.
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <header className="header">
      <div className="header__bar">
        <Link to="/" className="header__brand">
          elBasar
        </Link>
        <button
          type="button"
          className="header__menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-navigation"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('shell.menu')}
        </button>
        <div id="main-navigation" className="header__nav" data-open={menuOpen}>
          <nav aria-label={t('shell.mainNavigation')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/offers">{t('nav.offers')}</NavLink>
              </li>
              <li>
                <NavLink to="/requests">{t('nav.requests')}</NavLink>
              </li>
              <li>
                <NavLink to="/directory">{t('nav.directory')}</NavLink>
              </li>
              <li>
                <NavLink to="/events">{t('nav.events')}</NavLink>
              </li>
              <li>
                <NavLink to="/newsletter">{t('nav.newsletter')}</NavLink>
              </li>
              {session.me?.organisation && (
                <li>
                  <NavLink to="/my-items">{t('nav.myItems')}</NavLink>
                </li>
              )}
              {session.status === 'signedIn' && (
                <>
                  <li>
                    <NavLink to="/saved-searches">{t('nav.savedSearches')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/introductions">{t('nav.introductions')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/exchanges">{t('nav.exchanges')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/impact">{t('nav.impact')}</NavLink>
                  </li>
                </>
              )}
              {session.hasRole('ANIMATOR', 'ADMIN') && (
                <>
                  <li>
                    <NavLink to="/hotline">{t('nav.hotline')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/moderation">{t('nav.moderation')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/join-requests">{t('nav.joinRequests')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/newsletters">{t('nav.newsletters')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/posts-of-the-day">{t('nav.postOfTheDay')}</NavLink>
                  </li>
                </>
              )}
              {session.hasRole('ADMIN') && (
                <>
                  <li>
                    <NavLink to="/admin/partners">{t('nav.partners')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/audit-log">{t('nav.auditLog')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/jobs">{t('nav.jobs')}</NavLink>
                  </li>
                </>
              )}
              {/* Signed-in people have the charter in the footer: room for their own pages. */}
              {session.status !== 'signedIn' && (
                <li>
                  <NavLink to="/charter">{t('nav.charter')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="header__tools">
            <LanguageSwitch />
            {session.status === 'signedIn' && session.me ? <LazyAccountMenu me={session.me} /> : session.status === 'signedOut' && <SignedOutLinks />}
          </div>
        </div>
      </div>
    </header>
  );
}

function SignedOutLinks() {
  const { t } = useTranslation();
  return (
    <>
      <Link to="/sign-in" className="header__sign-in">
        {t('nav.signIn')}
      </Link>
      <ButtonLink to="/sign-up">{t('nav.join')}</ButtonLink>
    </>
  );
}

function LazyAccountMenu({ me }: { me: Me }) {
  return (
    <Suspense
      fallback={
        <span className="account-button">
          <AccountBadge me={me} />
        </span>
      }
    >
      <AccountMenu me={me} />
    </Suspense>
  );
}
