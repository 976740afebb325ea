import { useState, type Ref } from 'react';
import { Button as AriaButton, ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { FieldHelp, FieldLabel } from './field-label';

/** What a search combo box chooses: a territory, an organisation… */
export type SearchChoice = { id: string; name: string };
/** A match of the search; `detail` tells apart those of the same name (a postal code, a town). */
export type SearchOption = SearchChoice & { detail?: string };

/** The text typed in a search combo box, and the search it asks for once typing pauses. */
export type SearchInput = {
  text: string;
  /** `text` once it has stopped changing: what to search for. */
  query: string;
  type: (text: string) => void;
  /** Shows a choice (or, null, forgets the one shown without clearing what was typed). */
  show: (choice: SearchChoice | null) => void;
};

/**
 * The state of a search combo box: call it, run the search with its `query`, and give both
 * to SearchComboBox (the search itself is the caller's: territories, organisations…).
 */
export function useSearchInput(value: SearchChoice | null): SearchInput {
  const [text, setText] = useState(value?.name ?? '');
  // The choice can change from outside (form reset, "clear filters"): show it.
  const [shownId, setShownId] = useState(value?.id);
  if (value?.id !== shownId) {
    setShownId(value?.id);
    setText(value?.name ?? '');
  }
  const query = useDebouncedValue(text);
  return {
    text,
    query,
    type: setText,
    show: (choice) => {
      setShownId(choice?.id);
      if (choice) setText(choice.name);
    },
  };
}

export type SearchComboBoxProps = {
  label: string;
  value: SearchChoice | null;
  onChange: (value: SearchChoice | null) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

type Props = SearchComboBoxProps & {
  search: SearchInput;
  /** What the API found for `search.query`. */
  options: readonly SearchOption[];
  isFetching: boolean;
  /** Shorter queries are not searched for: `typeMore` says so. */
  minQuery: number;
  typeMore: string;
  noMatch: string;
  /** The accessible name of the button that opens the list. */
  showOptions: string;
};

/** Searchable picker: people type a few letters and pick from the matches the API returns. */
export function SearchComboBox({
  label,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
  optional,
  inputRef,
  search,
  options,
  isFetching,
  minQuery,
  typeMore,
  noMatch,
  showOptions,
}: Props) {
  const { t } = useTranslation();
  // Keeps the current choice in the collection, so it still shows before any search.
  const items = value && !options.some((item) => item.id === value.id) ? [value, ...options] : options;
  const emptyMessage =
    search.query.trim().length < minQuery ? typeMore : isFetching ? t('common.loading') : noMatch;

  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={search.text}
      onInputChange={(text) => {
        search.type(text);
        if (value && text !== value.name) {
          search.show(null);
          onChange(null);
        }
      }}
      value={value?.id ?? null}
      onChange={(key) => {
        const item = items.find((candidate) => candidate.id === key);
        const choice = item ? { id: item.id, name: item.name } : null;
        search.show(choice);
        onChange(choice);
      }}
      allowsEmptyCollection
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <FieldLabel label={label} optional={optional} />
      <div className="combo-box__control">
        <Input className="field__input" ref={inputRef} />
        <AriaButton className="combo-box__button" aria-label={showOptions}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__empty">{emptyMessage}</p>}>
          {(item: SearchOption) => (
            <ListBoxItem className="listbox__item" id={item.id} textValue={item.name}>
              {item.name}
              {item.detail && <span className="listbox__detail"> — {item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
