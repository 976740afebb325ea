import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { ImpactSummary } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { formatMonth } from '@/lib/format';
import { NETWORK, useImpact, type Period, type Scope } from '../api/impact';
import { ExportPanel } from '../components/export-panel';
import { ImpactCharts } from '../components/impact-charts';
import { KeyFigures } from '../components/key-figures';
import { ScopeForm, type ScopeKind } from '../components/scope-form';

/**
 * The figures of confirmed exchanges, for the network, a territory, a sector or an organisation,
 * over whole months: key figures, charts (each with its table), and files for funders.
 */
export function ImpactRoute() {
  const { t: tx } = useTranslation('exchanges');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') || NETWORK;
  const period: Period = { from: params.get('from'), to: params.get('to') };
  const summary = useImpact(scope, period);
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  const mine = session.hasRole('MEMBER') ? (session.me?.organisation?.id ?? null) : null;
  const kinds: ScopeKind[] = ['network', 'departement', 'epci', 'sector'];
  if (mine) kinds.push('mine');
  if (isStaff) kinds.push('organisation');

  const show = (next: Scope, nextPeriod: Period) => {
    const search = new URLSearchParams();
    if (next !== NETWORK) search.set('scope', next);
    if (nextPeriod.from) search.set('from', nextPeriod.from);
    if (nextPeriod.to) search.set('to', nextPeriod.to);
    setParams(search, { preventScrollReset: true });
  };

  const scopeName = summary.data ? (summary.data.scope.name ?? tx('impact.network')) : null;
  const organisationId = scope.startsWith('organisation:') ? scope.slice('organisation:'.length) : mine;
  const year = new Date().getFullYear();

  return (
    <Page title={tx('impact.title')} intro={<p>{tx('impact.intro')}</p>}>
      <ScopeForm
        // The form starts again from the figures shown once their scope's name is known.
        key={`${scope}|${period.from}|${period.to}|${scopeName}`}
        scope={scope}
        scopeName={summary.data?.scope.name ?? null}
        period={period}
        kinds={kinds}
        mine={mine}
        onChange={show}
      />
      <div className="page-actions">
        {organisationId && (
          <Link to={`/organisations/${organisationId}/report/${year}`}>
            {tx(organisationId === mine ? 'impact.yourYear' : 'impact.yearOf', { year })}
          </Link>
        )}
        {isStaff && (
          <Link to={`/impact/graph${scope.startsWith('organisation:') ? '' : `?${params.toString()}`}`}>
            {tx('impact.seeGraph')}
          </Link>
        )}
        <Link to="/valuation-rules">{tx('impact.howWeCount')}</Link>
      </div>
      <div aria-busy={summary.isFetching}>
        {summary.isPending ? (
          <Loading />
        ) : summary.isError ? (
          <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <Dashboard summary={summary.data} scope={scope} period={period} />
        )}
      </div>
    </Page>
  );
}

function Dashboard({ summary, scope, period }: { summary: ImpactSummary; scope: Scope; period: Period }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <>
      <h2 className="impact-heading">
        {tx('impact.heading', {
          scope: summary.scope.name ?? tx('impact.network'),
          from: formatMonth(summary.from),
          to: formatMonth(summary.to),
        })}
      </h2>
      <KeyFigures summary={summary} headingId="impact-figures" />
      <ExportPanel scope={scope} period={period} />
      <section aria-labelledby="impact-charts">
        <h2 id="impact-charts">{tx('impact.charts.title')}</h2>
        <ImpactCharts summary={summary} />
      </section>
    </>
  );
}
