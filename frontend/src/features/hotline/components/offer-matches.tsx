import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/query-state';
import { useOfferMatches } from '../api/hotline';

/** New offers that could meet open needs: the platform's reverse matching, for animators to act on. */
export function OfferMatches() {
  const { t } = useTranslation();
  const matches = useOfferMatches();
  return (
    <section className="panel" aria-labelledby="offer-matches-title">
      <h2 id="offer-matches-title">{t('hotline.matches.title')}</h2>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <LoadError error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <p>{t('hotline.matches.none')}</p>
      ) : (
        <ul className="offer-matches">
          {matches.data.items.map((match) => (
            <li key={`${match.offer.id}-${match.request.id}`}>
              {t('hotline.matches.offer')} <Link to={`/offers/${match.offer.id}`}>{match.offer.title}</Link> (
              {match.provider.name}) {t('hotline.matches.couldMeet')}{' '}
              <Link to={`/hotline/cases/${match.request.id}`}>{match.request.title}</Link> (
              {match.request.organisation.name}) · {t('hotline.matches.score', { score: match.score })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
