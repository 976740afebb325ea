import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { formatMonth, formatNumber, formatPercent } from '@/lib/format';
import { useHotlineFigures } from '../api/hotline';

/** The month at a glance: needs received, share introduced, time to a first introduction, share resolved. */
export function HotlineFigures() {
  const { t } = useTranslation();
  const figures = useHotlineFigures();

  return (
    <section className="figures" aria-labelledby="hotline-figures">
      <h2 id="hotline-figures">
        {figures.data
          ? t('hotline.figures.titleOf', { month: formatMonth(figures.data.month) })
          : t('hotline.figures.title')}
      </h2>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <LoadError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <dl className="figures__list">
          <div className="figure">
            <dt>{t('hotline.figures.needsReceived')}</dt>
            <dd>{formatNumber(figures.data.needsReceived)}</dd>
          </div>
          <div className="figure">
            <dt>{t('hotline.figures.shareIntroduced')}</dt>
            <dd>{formatPercent(figures.data.shareIntroduced)}</dd>
          </div>
          <div className="figure">
            <dt>{t('hotline.figures.medianHours')}</dt>
            <dd>
              {figures.data.medianHoursToFirstIntroduction === null
                ? t('hotline.figures.noIntroductionYet')
                : t('hotline.figures.hours', { hours: formatNumber(figures.data.medianHoursToFirstIntroduction) })}
            </dd>
          </div>
          <div className="figure">
            <dt>{t('hotline.figures.shareResolved')}</dt>
            <dd>{formatPercent(figures.data.shareResolved)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
