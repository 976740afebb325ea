import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '@/components/page';

export function SignUpPendingRoute() {
  const { t } = useTranslation();
  const email = (useLocation().state as { email?: string } | null)?.email;
  return (
    <Page title={t('signUpPending.title')} width="narrow">
      <p className="alert alert--success">{t('signUpPending.received')}</p>
      <p>{t('signUpPending.next')}</p>
      {email && <p>{t('signUpPending.email', { email })}</p>}
      <p>
        <Link to="/directory">{t('signUpPending.browse')}</Link>
      </p>
    </Page>
  );
}
