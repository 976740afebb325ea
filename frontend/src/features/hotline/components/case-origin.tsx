import { useTranslation } from 'react-i18next';
import type { PartnerOrigin } from '@/lib/api/types';
import { formatDay } from '@/lib/format';

/** Where a need a partner platform (Ceres) sent comes from: the buyer, its deadline and budget. */
export function CaseOrigin({ origin }: { origin: PartnerOrigin }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="case-origin">
      <h2 id="case-origin">{t('hotline.case.origin')}</h2>
      <p>
        <span className="badge">{t('hotline.case.viaPartner', { partner: origin.partner })}</span>{' '}
        {t('hotline.case.originIntro', { partner: origin.partner })}
      </p>
      <dl className="details-list">
        <dt>{t('hotline.case.buyer')}</dt>
        <dd>{origin.buyerName}</dd>
        <dt>{t('hotline.case.buyerSiret')}</dt>
        <dd>{origin.buyerSiret ?? t('hotline.case.noSiret')}</dd>
        <dt>{t('hotline.case.deadline')}</dt>
        {/* A calendar day: the same for everyone (Paris). */}
        <dd>{formatDay(origin.deadline)}</dd>
        <dt>{t('hotline.case.amountBracket')}</dt>
        <dd>{t(`amountBracket.${origin.amountBracket}`)}</dd>
      </dl>
      {origin.link && (
        <p>
          <a href={origin.link} target="_blank" rel="noopener noreferrer">
            {t('hotline.case.partnerLink', { partner: origin.partner })}{' '}
            <span className="hint">{t('hotline.case.newTab')}</span>
          </a>
        </p>
      )}
    </section>
  );
}
