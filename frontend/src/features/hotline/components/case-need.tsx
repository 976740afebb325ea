import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryLabel, ItemDescription } from '@/components/item-facts';
import type { CaseDetail } from '@/lib/api/types';
import { formatDate, formatDay } from '@/lib/format';

/** The need as it was received: what, for whom, how, by whom. */
export function CaseNeed({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { summary } = detail;
  return (
    <section className="profile__section" aria-labelledby="case-need">
      <h2 id="case-need">{t('hotline.case.need')}</h2>
      <ItemDescription text={detail.description} />
      <dl className="details-list">
        <dt>{t('hotline.case.organisation')}</dt>
        <dd>
          <Link to={`/organisations/${summary.organisation.id}`}>{summary.organisation.name}</Link> (
          {summary.organisation.commune.name})
        </dd>
        <dt>{t('hotline.case.channel')}</dt>
        <dd>{t(`needChannel.${summary.channel}`)}</dd>
        <dt>{t('hotline.case.receivedAt')}</dt>
        <dd>{formatDate(summary.receivedAt)}</dd>
        <dt>{t('hotline.case.requestedBy')}</dt>
        <dd>{detail.requestedBy?.name ?? t('hotline.case.unknownPerson')}</dd>
        <dt>{t('hotline.case.enteredBy')}</dt>
        <dd>{detail.enteredBy?.name ?? t('hotline.case.enteredByMember')}</dd>
        <dt>{t('item.category')}</dt>
        <dd>{categoryLabel(summary.category)}</dd>
        <dt>{t('item.mode')}</dt>
        <dd>{t(`itemMode.${summary.mode}`)}</dd>
        <dt>{t('item.neededBy')}</dt>
        <dd>{detail.neededBy ? formatDay(detail.neededBy) : t('hotline.case.noNeededBy')}</dd>
      </dl>
      <p>
        <Link to={`/requests/${summary.requestId}`}>{t('hotline.case.seeRequest')}</Link>
      </p>
    </section>
  );
}
