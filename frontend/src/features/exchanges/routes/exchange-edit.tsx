import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { Exchange } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { useAmendExchange, useExchange } from '../api/exchanges';
import { ExchangeForm } from '../components/exchange-form';
import { exchangeValues } from '../components/exchange-form-schema';
import { sideOf } from '../components/sides';

/** The declaring side (or an animator) corrects a pending or disputed exchange; it waits for confirmation again. */
export function ExchangeEditRoute() {
  const { t: tx } = useTranslation('exchanges');
  const id = useParams().id ?? '';
  const query = useExchange(id);

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.exchange.actions.includes('AMEND'))
    body = <p className="alert alert--info">{tx('edit.notAllowed')}</p>;
  else body = <AmendForm exchange={query.data.exchange} />;

  return (
    <Page title={tx('edit.title')} intro={<p>{tx('edit.intro')}</p>} width="narrow">
      {body}
      <p>
        <Link to={`/exchanges/${id}`}>{tx('edit.back')}</Link>
      </p>
    </Page>
  );
}

function AmendForm({ exchange }: { exchange: Exchange }) {
  const { t: tx } = useTranslation('exchanges');
  const navigate = useNavigate();
  const session = useSession();
  const amend = useAmendExchange(exchange.id);
  const isParty = session.hasRole('MEMBER') && sideOf(exchange, session.me?.organisation?.id) !== null;
  const setup = useMemo(
    () => ({
      parties: {
        provider: { id: exchange.provider.id, name: exchange.provider.name },
        beneficiary: { id: exchange.beneficiary.id, name: exchange.beneficiary.name },
        own: null,
      },
      // The side that declared stays the one that declared.
      chooseSide: false,
      askChannel: !exchange.introductionId && !exchange.offer && !exchange.request,
    }),
    [exchange],
  );
  const origin = useMemo(
    () => ({
      introductionId: exchange.introductionId ?? undefined,
      offerId: exchange.offer?.id,
      requestId: exchange.request?.id,
    }),
    [exchange],
  );
  const defaultValues = useMemo(() => exchangeValues(exchange), [exchange]);

  return (
    <ExchangeForm
      setup={setup}
      origin={origin}
      defaultValues={defaultValues}
      channel={exchange.channel}
      event={exchange.event}
      submitLabel={tx(isParty ? 'edit.submit' : 'edit.submitForParty')}
      onSubmit={(body) => amend.mutateAsync(body)}
      onSaved={() => void navigate(`/exchanges/${exchange.id}`, { state: { notice: 'amended' } })}
      cancelTo={`/exchanges/${exchange.id}`}
    />
  );
}
