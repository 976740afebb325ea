import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/page';
import type { SignInNotice } from '@/lib/auth/next-path';
import { LoadError, Loading } from '@/components/query-state';
import { formatDate } from '@/lib/format';
import { useInvitationPreview } from '../api/invitations';
import { AcceptInvitationForm } from '../components/accept-invitation-form';

export function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useParams().token ?? '';
  const preview = useInvitationPreview(token);

  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    return (
      <Page title={t('acceptInvitation.title')} width="narrow">
        <LoadError error={preview.error} />
      </Page>
    );
  }

  const { organisationName, email, expiresAt } = preview.data;
  const onSuccess = () => {
    const notice: SignInNotice = 'invitationAccepted';
    void navigate(`/sign-in?email=${encodeURIComponent(email)}`, { state: { notice } });
  };

  return (
    <Page
      title={t('acceptInvitation.heading', { organisation: organisationName })}
      width="narrow"
      intro={
        <>
          <p>{t('acceptInvitation.intro', { email, organisation: organisationName })}</p>
          <p>{t('acceptInvitation.expires', { date: formatDate(expiresAt) })}</p>
        </>
      }
    >
      <AcceptInvitationForm token={token} onSuccess={onSuccess} />
    </Page>
  );
}
