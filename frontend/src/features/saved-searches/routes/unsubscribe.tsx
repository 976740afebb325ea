import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSendOnce } from '@/lib/use-send-once';
import { useUnsubscribe } from '../api/saved-searches';

/** The "stop these emails" link of a saved search's digest: done on arrival, no sign-in. */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const { mutate, isSuccess, error } = useUnsubscribe();
  useSendOnce(mutate, token);

  if (!token || error) {
    const invalid = !token || isProblemError(error, 404) || isProblemError(error, 400);
    return (
      <Page title={t('unsubscribe.failedTitle')} width="narrow">
        {invalid ? <p>{t('unsubscribe.invalid')}</p> : <LoadError error={error} />}
        <p>
          <Link to="/saved-searches">{t('unsubscribe.manage')}</Link>
        </p>
      </Page>
    );
  }
  if (isSuccess) {
    return (
      <Page title={t('unsubscribe.doneTitle')} width="narrow">
        <p className="alert alert--success" role="status">
          {t('unsubscribe.done')}
        </p>
        <p>
          <Link to="/saved-searches">{t('unsubscribe.manage')}</Link>
        </p>
      </Page>
    );
  }
  return <Loading label={t('unsubscribe.working')} />;
}
