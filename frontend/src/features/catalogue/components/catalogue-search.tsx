import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { SearchForm } from '@/components/search-form';
import { Select } from '@/components/select';
import { TerritoryFilter } from '@/components/territory-combo-box';
import { findCategory, useCategories, useSectors } from '@/lib/api/reference-data';
import { ITEM_MODES, MARKET_MODES, NON_MARKET_MODES, type FacetValue, type ItemMode, type ItemSearchPage } from '@/lib/api/types';
import { NO_CATALOGUE_FILTERS, type CatalogueFilters, type CatalogueSort, type KindPath } from '@/lib/catalogue';

/** The "any" choice of a filter's list. */
const ANY = 'any';
type Market = typeof ANY | 'yes' | 'no';

type CatalogueSearchProps = {
  kind: KindPath;
  filters: CatalogueFilters;
  /** The last results, for the facet counts. */
  results: ItemSearchPage | undefined;
  onChange: (change: Partial<CatalogueFilters>) => void;
  onReset: () => void;
};

/**
 * How many matching items each choice of a filter would leave. Unknown while
 * that filter is in use (the counts then only cover its current choice).
 */
function counter(values: FacetValue[] | undefined, inUse: boolean) {
  return (value: string) => {
    if (!values || inUse) return undefined;
    return values.find((facet) => facet.value === value)?.count ?? 0;
  };
}

export function CatalogueSearch({ kind, filters, results, onChange, onReset }: CatalogueSearchProps) {
  const { t } = useTranslation();
  const sectors = useSectors();
  const categories = useCategories();

  const facets = results && results.total > 0 ? results.facets : undefined;
  const withCount = (name: string, count: number | undefined) =>
    count === undefined ? name : t('catalogue.withCount', { name, count });
  const marketCount = counter(facets?.market, filters.market !== null);
  const modeCount = counter(facets?.mode, filters.mode !== null);
  const categoryCount = counter(facets?.category, filters.category !== null);
  const sectorCount = counter(facets?.sector, filters.sector !== null);
  // Départements and the most active organisations, as the search found them.
  const departements = filters.territory === null ? (facets?.departement ?? []) : [];
  const organisations = filters.organisation === null ? (facets?.organisation ?? []) : [];

  const chosenCategory = findCategory(categories.data ?? [], filters.category);
  const modes: readonly ItemMode[] =
    filters.market === true ? MARKET_MODES : filters.market === false ? NON_MARKET_MODES : ITEM_MODES;

  const hasFilters = JSON.stringify({ ...filters, page: 0 }) !== JSON.stringify(NO_CATALOGUE_FILTERS);
  const activeFilters = [filters.market, filters.mode, filters.category, filters.territory, filters.organisation, filters.sector].filter(
    (value) => value !== null,
  ).length;

  return (
    <SearchForm
      label={t(`catalogue.${kind}.searchLabel`)}
      wordsLabel={t('catalogue.words')}
      wordsHelp={t(`catalogue.${kind}.wordsHelp`)}
      submitLabel={t('catalogue.search')}
      filtersLabel={t('catalogue.filters', { count: activeFilters })}
      filtersId="catalogue-filters"
      words={filters.q}
      onSearch={(q) => onChange({ q })}
      clearLabel={hasFilters ? t('catalogue.clear') : null}
      onClear={onReset}
    >
      <RadioGroup<Market>
        label={t('catalogue.market')}
        value={filters.market === null ? ANY : filters.market ? 'yes' : 'no'}
        onChange={(market) => onChange({ market: market === ANY ? null : market === 'yes', mode: null })}
        options={[
          { id: ANY, name: t('catalogue.anyMarket') },
          { id: 'yes', name: withCount(t('catalogue.marketOnly'), marketCount('true')) },
          { id: 'no', name: withCount(t('catalogue.nonMarketOnly'), marketCount('false')) },
        ]}
      />
      <Select<ItemMode | typeof ANY>
        label={t('catalogue.mode')}
        value={filters.mode ?? ANY}
        onChange={(mode) => onChange({ mode: mode === ANY ? null : mode })}
        options={[
          { id: ANY, name: t('catalogue.anyMode') },
          ...modes.map((mode) => ({ id: mode, name: withCount(t(`itemMode.${mode}`), modeCount(mode)) })),
        ]}
      />
      <Select
        label={t('catalogue.category')}
        value={chosenCategory?.top.code ?? ANY}
        onChange={(category) => onChange({ category: category === ANY ? null : category })}
        options={[
          { id: ANY, name: t('catalogue.anyCategory') },
          ...(categories.data ?? []).map((category) => ({
            id: category.code,
            name: withCount(category.name, categoryCount(category.code)),
          })),
        ]}
      />
      {chosenCategory && chosenCategory.top.children.length > 0 && (
        <Select
          label={t('catalogue.subCategory')}
          value={chosenCategory.sub?.code ?? ANY}
          onChange={(sub) => onChange({ category: sub === ANY ? chosenCategory.top.code : sub })}
          options={[
            { id: ANY, name: t('catalogue.wholeCategory') },
            ...chosenCategory.top.children.map((child) => ({ id: child.code, name: child.name })),
          ]}
        />
      )}
      <TerritoryFilter
        label={t('catalogue.territory')}
        description={t('catalogue.territoryHelp')}
        value={filters.territory}
        onChange={(territory) => onChange({ territory })}
      />
      {departements.length > 0 && (
        <Select
          label={t('catalogue.departement')}
          value={ANY}
          onChange={(territory) => onChange({ territory: territory === ANY ? null : territory })}
          options={[
            { id: ANY, name: t('catalogue.anyDepartement') },
            ...departements.map((facet) => ({ id: facet.value, name: withCount(facet.label ?? facet.value, facet.count) })),
          ]}
        />
      )}
      {(organisations.length > 0 || filters.organisation !== null) && (
        <Select
          label={t('catalogue.organisation')}
          value={filters.organisation ?? ANY}
          onChange={(organisation) => onChange({ organisation: organisation === ANY ? null : organisation })}
          options={[
            { id: ANY, name: t('catalogue.anyOrganisation') },
            ...(filters.organisation !== null
              ? [{ id: filters.organisation, name: t('catalogue.chosenOrganisation') }]
              : organisations.map((facet) => ({ id: facet.value, name: withCount(facet.label ?? facet.value, facet.count) }))),
          ]}
        />
      )}
      <Select
        label={t('catalogue.sector')}
        value={filters.sector ?? ANY}
        onChange={(sector) => onChange({ sector: sector === ANY ? null : sector })}
        options={[
          { id: ANY, name: t('catalogue.anySector') },
          ...(sectors.data ?? []).map((sector) => ({
            id: sector.code,
            name: withCount(sector.name, sectorCount(sector.code)),
          })),
        ]}
      />
      <Select<CatalogueSort>
        label={t('catalogue.sort')}
        value={filters.sort}
        onChange={(sort) => onChange({ sort })}
        options={(['relevance', 'date'] as const).map((sort) => ({ id: sort, name: t(`catalogue.sortBy.${sort}`) }))}
      />
    </SearchForm>
  );
}
