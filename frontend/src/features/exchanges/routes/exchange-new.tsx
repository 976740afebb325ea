import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { SearchChoice } from '@/components/search-combo-box';
import type { Introduction, Item, ItemMode } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { formatDate } from '@/lib/format';
import { useCatalogueItem, useDeclareExchange, useIntroduction } from '../api/exchanges';
import { ExchangeForm } from '../components/exchange-form';
import { emptyExchange, type ExchangeOrigin, type ExchangeParties } from '../components/exchange-form-schema';

const choiceOf = (organisation: { id: string; name: string }): SearchChoice => ({
  id: organisation.id,
  name: organisation.name,
});

/**
 * Declares an exchange: from an introduction (?introductionId=), an offer or a request of the
 * catalogue (?offerId=, ?requestId=), or from nothing (the other organisation is searched for).
 */
export function ExchangeNewRoute() {
  const { t: tx } = useTranslation('exchanges');
  const [params] = useSearchParams();
  const session = useSession();
  const introductionId = params.get('introductionId');
  const offerId = introductionId ? null : params.get('offerId');
  const requestId = introductionId || offerId ? null : params.get('requestId');
  const introduction = useIntroduction(introductionId);
  const offer = useCatalogueItem('offers', offerId);
  const request = useCatalogueItem('requests', requestId);
  const source = introductionId ? introduction : offerId ? offer : requestId ? request : null;

  const organisation = session.me?.organisation;
  const own = organisation && session.hasRole('MEMBER') ? choiceOf(organisation) : null;
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');

  let body;
  if (!own && !isStaff) {
    body = <p className="alert alert--info">{tx('new.membersOnly')}</p>;
  } else if (source?.isPending) {
    body = <Loading />;
  } else if (source?.isError) {
    body = <LoadError error={source.error} onRetry={() => void source.refetch()} />;
  } else {
    body = (
      <DeclareForm
        own={own}
        introduction={introduction.data}
        item={offer.data ?? request.data}
        origin={introductionId ? { introductionId } : offerId ? { offerId } : requestId ? { requestId } : {}}
      />
    );
  }

  return (
    <Page title={tx('new.title')} intro={<p>{tx('new.intro')}</p>} width="narrow">
      {body}
    </Page>
  );
}

type DeclareFormProps = {
  own: SearchChoice | null;
  introduction: Introduction | undefined;
  item: Item | undefined;
  origin: ExchangeOrigin;
};

function DeclareForm({ own, introduction, item, origin }: DeclareFormProps) {
  const { t: tx } = useTranslation('exchanges');
  const navigate = useNavigate();
  const declare = useDeclareExchange();

  const { parties, mode } = useMemo((): { parties: ExchangeParties; mode?: ItemMode } => {
    if (introduction) {
      return {
        parties: {
          provider: choiceOf(introduction.provider.organisation),
          beneficiary: choiceOf(introduction.requester.organisation),
          own: null,
        },
        mode: introduction.offer?.mode,
      };
    }
    if (item) {
      const theirs = choiceOf(item.organisation);
      const mine = own && own.id !== theirs.id ? own : null;
      // An offer's organisation gave; a request's received.
      return item.kind === 'OFFER'
        ? { parties: { provider: theirs, beneficiary: mine, own: null }, mode: item.mode }
        : { parties: { provider: mine, beneficiary: theirs, own: null }, mode: item.mode };
    }
    // Nothing to start from: a member searches for the other side; an animator for both.
    return { parties: { provider: null, beneficiary: null, own } };
  }, [introduction, item, own]);

  // Members declare for their own side; animators (or a member outside both sides) choose one.
  const isParty =
    own !== null && (parties.own !== null || own.id === parties.provider?.id || own.id === parties.beneficiary?.id);
  const setup = useMemo(
    () => ({
      parties,
      chooseSide: !isParty,
      askChannel: !origin.introductionId && !origin.offerId && !origin.requestId,
    }),
    [parties, isParty, origin],
  );
  const defaultValues = useMemo(() => emptyExchange(parties, mode), [parties, mode]);

  return (
    <>
      {introduction && (
        <div className="alert alert--info">
          <p className="alert__title">{tx('new.fromIntroduction', { date: formatDate(introduction.createdAt) })}</p>
          <p>{introduction.request?.title ?? introduction.offer?.title}</p>
        </div>
      )}
      {item && (
        <div className="alert alert--info">
          <p className="alert__title">{tx(item.kind === 'OFFER' ? 'new.fromOffer' : 'new.fromRequest')}</p>
          <p>
            <Link to={`/${item.kind === 'OFFER' ? 'offers' : 'requests'}/${item.id}`}>{item.title}</Link>
            {' — '}
            {item.organisation.name}
          </p>
        </div>
      )}
      <ExchangeForm
        setup={setup}
        origin={origin}
        defaultValues={defaultValues}
        submitLabel={tx('new.submit')}
        onSubmit={(body) => declare.mutateAsync(body)}
        onSaved={(exchange) => void navigate(`/exchanges/${exchange.id}`, { state: { notice: 'declared' } })}
        cancelTo="/exchanges"
      />
    </>
  );
}
