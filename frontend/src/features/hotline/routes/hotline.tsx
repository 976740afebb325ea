import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Page } from '@/components/page';
import { CaseFiltersForm } from '../components/case-filters';
import { CaseList } from '../components/case-list';
import { HotlineFigures } from '../components/hotline-figures';
import { OfferMatches } from '../components/offer-matches';
import { useCaseFilters } from '../hooks/use-case-filters';

/** The animators' board: the month's figures, then the needs to handle. */
export function HotlineRoute() {
  const { t } = useTranslation();
  const { filters, update, reset } = useCaseFilters();
  return (
    <Page title={t('hotline.title')} intro={<p>{t('hotline.intro')}</p>}>
      <div className="page-actions">
        <ButtonLink to="/hotline/needs/new">{t('hotline.newNeed')}</ButtonLink>
        <Link to="/introductions?nudge=1" className="page-actions__link">
          {t('hotline.toNudge')}
        </Link>
      </div>
      <HotlineFigures />
      <CaseFiltersForm filters={filters} onChange={update} onReset={reset} />
      <CaseList filters={filters} onPageChange={(page) => update({ page })} />
      <OfferMatches />
    </Page>
  );
}
