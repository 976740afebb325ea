import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuggestions } from '@/lib/api/introductions';
import type { Suggestion } from '@/lib/api/types';
import { LoadError, Loading } from './query-state';
import { SuggestionCard, suggestionKey } from './suggestion-card';

type SuggestionListProps = {
  requestId: string;
  /** The id of the section's heading, unique on the page. */
  headingId: string;
  className: string;
  /** What the suggestions are for, under the heading. */
  intro: string;
  /** Under each suggestion's reasons (introduce…). */
  actions?: (suggestion: Suggestion) => ReactNode;
  /** After the list (a dialog…). */
  children?: ReactNode;
};

/** The offers and organisations that could meet a request, each with why, as a section. */
export function SuggestionList({ requestId, headingId, className, intro, actions, children }: SuggestionListProps) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(requestId);
  return (
    <section className={className} aria-labelledby={headingId} aria-busy={suggestions.isFetching}>
      <h2 id={headingId}>{t('suggestion.title')}</h2>
      <p className="hint">{intro}</p>
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <LoadError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        <p className="empty-state">{t('suggestion.none')}</p>
      ) : (
        <ul className="card-grid">
          {suggestions.data.map((suggestion) => (
            <li key={suggestionKey(suggestion)}>
              <SuggestionCard suggestion={suggestion}>{actions?.(suggestion)}</SuggestionCard>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
