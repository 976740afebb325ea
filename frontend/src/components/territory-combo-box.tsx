import { useTranslation } from 'react-i18next';
import { TERRITORY_MIN_QUERY, useTerritories, useTerritory } from '@/lib/api/reference-data';
import type { Territory, TerritoryKind } from '@/lib/api/types';
import { SearchComboBox, useSearchInput, type SearchComboBoxProps } from './search-combo-box';

/** Its value is a TerritoryRef: a territory's id and name. */
type TerritoryComboBoxProps = SearchComboBoxProps & {
  /** Restricts the choice to one kind (communes for an address); all kinds otherwise. */
  kind?: TerritoryKind;
};

/**
 * Searchable territory picker: people type a few letters or a postal code
 * and pick from the matches the API returns.
 */
export function TerritoryComboBox({ kind, ...props }: TerritoryComboBoxProps) {
  const { t } = useTranslation();
  const search = useSearchInput(props.value);
  const territories = useTerritories(search.query, kind);

  const detail = (territory: Territory) =>
    territory.kind === 'COMMUNE'
      ? (territory.postalCodes[0] ?? territory.code)
      : t(`territoryKind.${territory.kind}`);

  return (
    <SearchComboBox
      {...props}
      search={search}
      options={(territories.data ?? []).map((territory) => ({
        id: territory.id,
        name: territory.name,
        detail: detail(territory),
      }))}
      isFetching={territories.isFetching}
      minQuery={TERRITORY_MIN_QUERY}
      typeMore={t('territory.typeMore', { count: TERRITORY_MIN_QUERY })}
      noMatch={t('territory.noMatch')}
      showOptions={t('territory.showOptions')}
    />
  );
}

type TerritoryFilterProps = {
  label: string;
  description: string;
  /** The chosen territory's id, as a URL holds it. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A search's territory filter: the URL holds only the territory's id; its name comes from the API. */
export function TerritoryFilter({ label, description, value, onChange }: TerritoryFilterProps) {
  const territory = useTerritory(value);
  return (
    <TerritoryComboBox
      label={label}
      description={description}
      value={value && territory.data ? { id: value, name: territory.data.name } : null}
      onChange={(choice) => {
        if ((choice?.id ?? null) !== value) onChange(choice?.id ?? null);
      }}
    />
  );
}
