import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useSession } from '@/lib/auth/auth-provider';
import { EraseAccount } from '../components/erase-account';
import { NewsletterPreference } from '../components/newsletter-preference';
import { PasswordForm } from '../components/password-form';
import { PersonalDataPanel } from '../components/personal-data-panel';
import { ProfileForm } from '../components/profile-form';

export function AccountRoute() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <Page title={t('account.title')} width="narrow" intro={<p>{t('account.signedInAs', { email: me.email })}</p>}>
      <section className="panel" aria-labelledby="account-profile">
        <h2 id="account-profile">{t('account.profile')}</h2>
        <ProfileForm me={me} />
      </section>
      <section className="panel" aria-labelledby="account-newsletter">
        <h2 id="account-newsletter">{t('account.newsletter')}</h2>
        <NewsletterPreference />
      </section>
      <section className="panel" aria-labelledby="account-password">
        <h2 id="account-password">{t('password.title')}</h2>
        <PasswordForm />
      </section>
      <section className="panel" aria-labelledby="account-data">
        <h2 id="account-data">{t('account.data.title')}</h2>
        <PersonalDataPanel />
      </section>
      <section className="panel panel--danger" aria-labelledby="account-erase">
        <h2 id="account-erase">{t('account.erase.section')}</h2>
        <EraseAccount />
      </section>
    </Page>
  );
}
