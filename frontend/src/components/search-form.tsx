import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { Button } from './button';
import { TextField } from './text-field';

type SearchFormProps = {
  /** Accessible name of the search landmark. */
  label: string;
  wordsLabel: string;
  wordsHelp: string;
  submitLabel: string;
  /** The filters toggle's text, with the count of filters in use. */
  filtersLabel: string;
  filtersId: string;
  /** The words searched now (from the URL). */
  words: string;
  onSearch: (words: string) => void;
  /** Shown to clear the search when something is chosen. */
  clearLabel: string | null;
  onClear: () => void;
  /** The filters themselves. */
  children: ReactNode;
};

/** A search box with its filters, which fold away on a phone so the results are not a long scroll down. */
export function SearchForm(props: SearchFormProps) {
  const { label, wordsLabel, wordsHelp, submitLabel, filtersLabel, filtersId, words, onSearch, clearLabel, onClear } =
    props;
  // Words are sent on submit, not on every keystroke; the back button may change them too.
  const [q, setQ] = useState(words);
  const [shownWords, setShownWords] = useState(words);
  if (shownWords !== words) {
    setShownWords(words);
    setQ(words);
  }
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <Form
      role="search"
      aria-label={label}
      className="directory-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q);
      }}
    >
      <div className="directory-search__words">
        <TextField label={wordsLabel} description={wordsHelp} type="search" name="q" value={q} onChange={setQ} />
        <Button type="submit">{submitLabel}</Button>
      </div>
      <button
        type="button"
        className="directory-search__toggle"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {filtersLabel}
      </button>
      <div id={filtersId} className="directory-search__filters" data-open={filtersOpen}>
        {props.children}
      </div>
      {clearLabel && (
        <Button variant="quiet" onPress={onClear}>
          {clearLabel}
        </Button>
      )}
    </Form>
  );
}
