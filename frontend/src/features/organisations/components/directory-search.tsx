import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { SearchForm } from '@/components/search-form';
import { Select } from '@/components/select';
import { TerritoryFilter } from '@/components/territory-combo-box';
import { useSectors } from '@/lib/api/reference-data';
import { LEGAL_FORMS, type LegalForm } from '@/lib/api/types';
import type { DirectoryFilters, DirectorySort } from '../api/organisations';
import { NO_FILTERS } from '../hooks/use-directory-filters';

/** The "any" choice of a filter's list. */
const ANY = 'any';

type DirectorySearchProps = {
  filters: DirectoryFilters;
  onChange: (change: Partial<DirectoryFilters>) => void;
  onReset: () => void;
};

export function DirectorySearch({ filters, onChange, onReset }: DirectorySearchProps) {
  const { t } = useTranslation();
  const sectors = useSectors();

  const hasFilters = JSON.stringify({ ...filters, page: 0 }) !== JSON.stringify(NO_FILTERS);
  const activeFilters = [filters.sector, filters.territory, filters.legalForm, filters.newThisMonth || null].filter(
    (value) => value !== null,
  ).length;

  return (
    <SearchForm
      label={t('directory.searchLabel')}
      wordsLabel={t('directory.words')}
      wordsHelp={t('directory.wordsHelp')}
      submitLabel={t('directory.search')}
      filtersLabel={t('directory.filters', { count: activeFilters })}
      filtersId="directory-filters"
      words={filters.q}
      onSearch={(q) => onChange({ q })}
      clearLabel={hasFilters ? t('directory.clear') : null}
      onClear={onReset}
    >
      <Select
        label={t('directory.sector')}
        value={filters.sector ?? ANY}
        onChange={(sector) => onChange({ sector: sector === ANY ? null : sector })}
        options={[
          { id: ANY, name: t('directory.anySector') },
          ...(sectors.data ?? []).map((sector) => ({ id: sector.code, name: sector.name })),
        ]}
      />
      <TerritoryFilter
        label={t('directory.territory')}
        description={t('directory.territoryHelp')}
        value={filters.territory}
        onChange={(territory) => onChange({ territory })}
      />
      <Select<LegalForm | typeof ANY>
        label={t('directory.legalForm')}
        value={filters.legalForm ?? ANY}
        onChange={(legalForm) => onChange({ legalForm: legalForm === ANY ? null : legalForm })}
        options={[
          { id: ANY, name: t('directory.anyLegalForm') },
          ...LEGAL_FORMS.map((form) => ({ id: form, name: t(`legalForm.${form}`) })),
        ]}
      />
      <Select<DirectorySort>
        label={t('directory.sort')}
        value={filters.sort}
        onChange={(sort) => onChange({ sort })}
        options={(['relevance', 'name', 'newest'] as const).map((sort) => ({
          id: sort,
          name: t(`directory.sortBy.${sort}`),
        }))}
      />
      <Checkbox isSelected={filters.newThisMonth} onChange={(newThisMonth) => onChange({ newThisMonth })}>
        {t('directory.newThisMonth')}
      </Checkbox>
    </SearchForm>
  );
}
