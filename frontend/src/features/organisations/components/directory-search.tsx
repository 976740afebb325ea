import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { Select } from '@/components/select';
import { TerritoryComboBox } from '@/components/territory-combo-box';
import { TextField } from '@/components/text-field';
import { useSectors, useTerritory } from '@/lib/api/reference-data';
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
  // The URL holds only the territory's id; its name comes from the API.
  const territory = useTerritory(filters.territory);

  // Words are sent on submit, not on every keystroke; the back button may change them too.
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q);
  }

  const hasFilters = JSON.stringify({ ...filters, page: 0 }) !== JSON.stringify(NO_FILTERS);
  const activeFilters = [filters.sector, filters.territory, filters.legalForm, filters.newThisMonth || null].filter(
    (value) => value !== null,
  ).length;
  // On a phone the filters fold away, so the results are not a long scroll down.
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <Form
      role="search"
      aria-label={t('directory.searchLabel')}
      className="directory-search"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q });
      }}
    >
      <div className="directory-search__words">
        <TextField
          label={t('directory.words')}
          description={t('directory.wordsHelp')}
          type="search"
          name="q"
          value={q}
          onChange={setQ}
        />
        <Button type="submit">{t('directory.search')}</Button>
      </div>
      <button
        type="button"
        className="directory-search__toggle"
        aria-expanded={filtersOpen}
        aria-controls="directory-filters"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {t('directory.filters', { count: activeFilters })}
      </button>
      <div id="directory-filters" className="directory-search__filters" data-open={filtersOpen}>
        <Select
          label={t('directory.sector')}
          value={filters.sector ?? ANY}
          onChange={(sector) => onChange({ sector: sector === ANY ? null : sector })}
          options={[
            { id: ANY, name: t('directory.anySector') },
            ...(sectors.data ?? []).map((sector) => ({ id: sector.code, name: sector.name })),
          ]}
        />
        <TerritoryComboBox
          label={t('directory.territory')}
          description={t('directory.territoryHelp')}
          value={filters.territory && territory.data ? { id: filters.territory, name: territory.data.name } : null}
          onChange={(choice) => {
            if ((choice?.id ?? null) !== filters.territory) onChange({ territory: choice?.id ?? null });
          }}
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
      </div>
      {hasFilters && (
        <Button variant="quiet" onPress={onReset}>
          {t('directory.clear')}
        </Button>
      )}
    </Form>
  );
}
