import { useState, type Ref } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TERRITORY_MIN_QUERY, useTerritories } from '@/lib/api/reference-data';
import type { Territory, TerritoryKind, TerritoryRef } from '@/lib/api/types';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { FieldLabel } from './field-label';

type TerritoryComboBoxProps = {
  label: string;
  value: TerritoryRef | null;
  onChange: (value: TerritoryRef | null) => void;
  /** Restricts the choice to one kind (communes for an address); all kinds otherwise. */
  kind?: TerritoryKind;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

type Item = { id: string; name: string; detail?: string };

/**
 * Searchable territory picker: people type a few letters or a postal code
 * and pick from the matches the API returns.
 */
export function TerritoryComboBox({
  label,
  value,
  onChange,
  kind,
  description,
  errorMessage,
  isRequired,
  optional,
  inputRef,
}: TerritoryComboBoxProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(value?.name ?? '');
  // The choice can change from outside (form reset, "clear filters"): show it.
  const [shownId, setShownId] = useState(value?.id);
  if (value?.id !== shownId) {
    setShownId(value?.id);
    setInput(value?.name ?? '');
  }
  const query = useDebouncedValue(input);
  const territories = useTerritories(query, kind);

  const detail = (territory: Territory) =>
    territory.kind === 'COMMUNE'
      ? (territory.postalCodes[0] ?? territory.code)
      : t(`territoryKind.${territory.kind}`);
  const found: Item[] = (territories.data ?? []).map((territory) => ({
    id: territory.id,
    name: territory.name,
    detail: detail(territory),
  }));
  // Keeps the current choice in the collection, so it still shows before any search.
  const items = value && !found.some((item) => item.id === value.id) ? [value, ...found] : found;

  const emptyMessage =
    query.trim().length < TERRITORY_MIN_QUERY
      ? t('territory.typeMore', { count: TERRITORY_MIN_QUERY })
      : territories.isFetching
        ? t('common.loading')
        : t('territory.noMatch');

  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (value && text !== value.name) {
          setShownId(undefined);
          onChange(null);
        }
      }}
      value={value?.id ?? null}
      onChange={(key) => {
        const item = items.find((candidate) => candidate.id === key);
        const choice = item ? { id: item.id, name: item.name } : null;
        setShownId(choice?.id);
        if (choice) setInput(choice.name);
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
        <AriaButton className="combo-box__button" aria-label={t('territory.showOptions')}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__empty">{emptyMessage}</p>}>
          {(item: Item) => (
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
