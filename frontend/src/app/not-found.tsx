import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '@/components/page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} width="narrow">
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

/** Shown when a page crashes or its code cannot load (e.g. after a deployment). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Page title={t('routeError.title')} width="narrow">
      <p>{t('routeError.body')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </Page>
  );
}
