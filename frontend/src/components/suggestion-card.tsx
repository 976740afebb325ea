import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Suggestion } from '@/lib/api/types';

type SuggestionCardProps = {
  suggestion: Suggestion;
  headingLevel?: 3 | 4;
  /** Actions under the reasons (introduce…). */
  children?: ReactNode;
};

/** "+30", "-10": what a reason adds to the score. */
function signed(points: number) {
  return points > 0 ? `+${points}` : String(points);
}

/** The id of a suggestion, unique in its list: its offer, or its organisation. */
export function suggestionKey(suggestion: Suggestion) {
  return suggestion.offer ? `offer-${suggestion.offer.id}` : `organisation-${suggestion.organisation.id}`;
}

/** An offer or an organisation that could meet a need, its score, and why it was suggested. */
export function SuggestionCard({ suggestion, headingLevel = 3, children }: SuggestionCardProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const { offer, organisation } = suggestion;
  const headingId = `suggestion-${suggestionKey(suggestion)}`;
  return (
    <article className="card suggestion-card" aria-labelledby={headingId}>
      <p className="suggestion-card__kind">{t(`suggestion.kind.${suggestion.kind}`)}</p>
      <Heading id={headingId} className="suggestion-card__title">
        {offer ? (
          <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
        ) : (
          <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
        )}
      </Heading>
      {offer && (
        <p className="suggestion-card__meta">
          {t(`itemMode.${offer.mode}`)} · {offer.category.name}
        </p>
      )}
      <p className="suggestion-card__meta">
        {offer ? `${organisation.name} · ${organisation.commune.name}` : organisation.commune.name}
      </p>
      <p className="suggestion-card__score">{t('suggestion.score', { score: suggestion.score })}</p>
      {suggestion.reasons.length > 0 && (
        <>
          <p className="suggestion-card__why">{t('suggestion.why')}</p>
          <ul className="suggestion-card__reasons">
            {suggestion.reasons.map((reason) => (
              <li key={reason.code}>
                {reason.text}{' '}
                <span className="suggestion-card__points">
                  {/* past exchanges and answered introductions add no points: they order equal scores */}
                  {reason.points === 0 ? t('suggestion.tieBreaker') : t('suggestion.points', { points: signed(reason.points) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </article>
  );
}
