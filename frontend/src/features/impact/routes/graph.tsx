import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { RadioGroup } from '@/components/radio-group';
import { useSectors } from '@/lib/api/reference-data';
import { NETWORK, useNetworkGraph, type Period, type Scope } from '../api/impact';
import { NetworkGraphView, type ColourBy } from '../components/network-graph';
import { ScopeForm, type ScopeKind } from '../components/scope-form';

const KINDS: ScopeKind[] = ['network', 'departement', 'epci', 'sector'];

/** Animators: who exchanged with whom, to see the network's clusters and its isolated members. */
export function GraphRoute() {
  const { t: tx } = useTranslation('exchanges');
  const [params, setParams] = useSearchParams();
  const requested = params.get('scope') || NETWORK;
  // Organisations have no graph of their own: the network's then.
  const scope: Scope = requested.startsWith('organisation:') ? NETWORK : requested;
  const period: Period = { from: params.get('from'), to: params.get('to') };
  const graph = useNetworkGraph(scope, period);
  const sectors = useSectors();
  const [colourBy, setColourBy] = useState<ColourBy>('departement');
  const sectorName = useCallback(
    (code: string) => sectors.data?.find((sector) => sector.code === code)?.name ?? code,
    [sectors.data],
  );

  const show = (next: Scope, nextPeriod: Period) => {
    const search = new URLSearchParams();
    if (next !== NETWORK) search.set('scope', next);
    if (nextPeriod.from) search.set('from', nextPeriod.from);
    if (nextPeriod.to) search.set('to', nextPeriod.to);
    setParams(search, { preventScrollReset: true });
  };

  return (
    <Page title={tx('graph.title')} intro={<p>{tx('graph.intro')}</p>}>
      <ScopeForm
        key={`${scope}|${period.from}|${period.to}`}
        scope={scope}
        scopeName={null}
        period={period}
        kinds={KINDS}
        mine={null}
        onChange={show}
      />
      <p>
        <Link to={`/impact?${params.toString()}`}>{tx('graph.backToFigures')}</Link>
      </p>
      <RadioGroup<ColourBy>
        label={tx('graph.colourBy')}
        value={colourBy}
        onChange={setColourBy}
        options={(['departement', 'sector'] as const).map((id) => ({ id, name: tx(`graph.colourByOptions.${id}`) }))}
        inline
      />
      <div aria-busy={graph.isFetching}>
        {graph.isPending ? (
          <Loading />
        ) : graph.isError ? (
          <LoadError error={graph.error} onRetry={() => void graph.refetch()} />
        ) : (
          <>
            <p>{tx('graph.pairsShown', { count: graph.data.pairs, shown: graph.data.edges.length })}</p>
            <NetworkGraphView graph={graph.data} colourBy={colourBy} sectorName={sectorName} />
          </>
        )}
      </div>
    </Page>
  );
}
