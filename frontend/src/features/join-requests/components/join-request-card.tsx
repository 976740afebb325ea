import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { JoinRequest } from '@/lib/api/types';
import { formatDate } from '@/lib/format';

type JoinRequestCardProps = {
  request: JoinRequest;
  onApprove: () => void;
  onReject: () => void;
  isBusy: boolean;
};

/** Everything an animator checks before deciding: who, what, where, and the charter version accepted. */
export function JoinRequestCard({ request, onApprove, onReject, isBusy }: JoinRequestCardProps) {
  const { t } = useTranslation();
  const { organisation, applicant } = request;
  const headingId = `join-request-${organisation.id}`;
  return (
    <article className="card join-request" aria-labelledby={headingId}>
      <h2 id={headingId} className="join-request__name">
        {organisation.name}
      </h2>
      <p className="organisation-card__meta">
        {t(`legalForm.${organisation.legalForm}`)} · {organisation.commune.name}
      </p>
      <ul className="tags" aria-label={t('organisation.sectors')}>
        {organisation.sectors.map((sector) => (
          <li key={sector.code} className="tag">
            {sector.name}
          </li>
        ))}
      </ul>
      <p className="join-request__description">{organisation.description}</p>
      <dl className="details-list">
        <dt>{t('joinRequests.applicant')}</dt>
        <dd>
          {applicant.firstName} {applicant.lastName} — <a href={`mailto:${applicant.email}`}>{applicant.email}</a>
        </dd>
        {organisation.siret && (
          <>
            <dt>{t('organisation.siret')}</dt>
            <dd>{organisation.siret}</dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>{t('organisation.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer" target="_blank">
                {organisation.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('joinRequests.submittedAt')}</dt>
        <dd>{formatDate(request.submittedAt)}</dd>
        <dt>{t('joinRequests.charterVersion')}</dt>
        <dd>{request.charterVersion}</dd>
      </dl>
      <div className="join-request__actions">
        <Button onPress={onApprove} isDisabled={isBusy}>
          {t('joinRequests.approve')}
        </Button>
        <Button variant="secondary" onPress={onReject} isDisabled={isBusy}>
          {t('joinRequests.reject')}
        </Button>
      </div>
    </article>
  );
}
