import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useSession } from '@/lib/auth/auth-provider';
import { safeNextPath, type SignInNotice } from '@/lib/auth/next-path';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const next = safeNextPath(params.get('next'));
  // Set by the pages that send people here once their password is set.
  const notice = (useLocation().state as { notice?: SignInNotice } | null)?.notice;

  if (session.status === 'signedIn') return <Navigate to={next} replace />;

  return (
    <Page title={t('signIn.title')} width="narrow">
      {notice && (
        <p className="alert alert--success" role="status">
          {t(`signIn.notice.${notice}`)}
        </p>
      )}
      <SignInForm
        defaultEmail={params.get('email') ?? undefined}
        onSuccess={() => void navigate(next, { replace: true })}
      />
      <p>
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>
        {t('signIn.notMember')} <Link to="/sign-up">{t('signIn.join')}</Link>
      </p>
    </Page>
  );
}
