import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Page } from '@/components/page';
import { Loading } from '@/components/query-state';
import type { Role } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { signInPath } from '@/lib/auth/next-path';

/** Lets signed-in people through (with one of `roles`, when given); sends others to sign in. */
export function RequireSession({ roles }: { roles?: Role[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signedOut') {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  if (roles && !session.hasRole(...roles)) {
    return (
      <Page title={t('forbidden.title')} width="narrow">
        <p>{t('forbidden.body')}</p>
      </Page>
    );
  }
  return <Outlet />;
}
