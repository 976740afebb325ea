import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page
      title={t('signUp.title')}
      intro={
        <>
          <p>{t('signUp.intro')}</p>
          <p>
            {t('signUp.alreadyMember')} <Link to="/sign-in">{t('nav.signIn')}</Link>
          </p>
        </>
      }
    >
      <SignUpForm onSuccess={(email) => void navigate('/sign-up/pending', { state: { email } })} />
    </Page>
  );
}
