import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '@/lib/api/types';
import { parisDate } from '@/lib/catalogue';
import { formatDate, formatDay } from '@/lib/format';
import { CaseStatusBadge } from './status-badges';

/** Still to be handled: a past due date matters. */
export function isOpen(summary: Pick<CaseSummary, 'status'>) {
  return summary.status === 'NEW' || summary.status === 'IN_PROGRESS' || summary.status === 'INTRODUCED';
}

/** A need on the board: what, who, how it came, who handles it, by when, how many introductions. */
export function CaseCard({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const headingId = `case-${summary.requestId}`;
  const late = summary.dueOn !== null && isOpen(summary) && summary.dueOn < parisDate();
  return (
    <article className="card case-card" aria-labelledby={headingId}>
      <div className="case-card__header">
        <h3 id={headingId} className="case-card__title">
          <Link to={`/hotline/cases/${summary.requestId}`}>{summary.title}</Link>
        </h3>
        <span className="case-card__badges">
          {summary.partner && (
            <span className="badge">{t('hotline.case.viaPartner', { partner: summary.partner })}</span>
          )}{' '}
          <CaseStatusBadge status={summary.status} />
        </span>
      </div>
      <dl className="case-card__facts">
        <div>
          <dt>{t('hotline.case.organisation')}</dt>
          <dd>{summary.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('hotline.case.channel')}</dt>
          <dd>{t(`needChannel.${summary.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('hotline.case.receivedAt')}</dt>
          <dd>{formatDate(summary.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('hotline.case.assignee')}</dt>
          <dd>{summary.assignee?.name ?? t('hotline.case.nobody')}</dd>
        </div>
        <div>
          <dt>{t('hotline.case.dueOn')}</dt>
          <dd className={late ? 'case-card__late' : undefined}>
            {summary.dueOn ? formatDay(summary.dueOn) : t('hotline.case.noDueDate')}
            {late && ` (${t('hotline.case.late')})`}
          </dd>
        </div>
        <div>
          <dt>{t('hotline.case.introductions')}</dt>
          <dd>{summary.introductions}</dd>
        </div>
      </dl>
    </article>
  );
}
