import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { Select } from '@/components/select';
import { TerritoryFilter } from '@/components/territory-combo-box';
import { CASE_STATUSES, type CaseStatus } from '@/lib/api/types';
import type { CaseFilters } from '../api/hotline';

/** The "any" choice of the status list. */
const ANY = 'any';

type CaseFiltersFormProps = {
  filters: CaseFilters;
  onChange: (change: Partial<CaseFilters>) => void;
  onReset: () => void;
};

/** Status, territory of the organisation, and "only mine": each choice applies at once. */
export function CaseFiltersForm({ filters, onChange, onReset }: CaseFiltersFormProps) {
  const { t } = useTranslation();
  const hasFilters = filters.status !== null || filters.territory !== null || filters.mine;

  return (
    <section className="panel" aria-labelledby="board-filters-title">
      <h2 id="board-filters-title" className="board-filters__title">
        {t('hotline.filters.title')}
      </h2>
      <div className="board-filters__fields">
        <Select<CaseStatus | typeof ANY>
          label={t('hotline.filters.status')}
          value={filters.status ?? ANY}
          onChange={(status) => onChange({ status: status === ANY ? null : status })}
          options={[
            { id: ANY, name: t('hotline.filters.anyStatus') },
            ...CASE_STATUSES.map((status) => ({ id: status, name: t(`caseStatus.${status}`) })),
          ]}
        />
        <TerritoryFilter
          label={t('hotline.filters.territory')}
          description={t('hotline.filters.territoryHelp')}
          value={filters.territory}
          onChange={(territory) => onChange({ territory })}
        />
        <Checkbox isSelected={filters.mine} onChange={(mine) => onChange({ mine })}>
          {t('hotline.filters.mine')}
        </Checkbox>
      </div>
      {hasFilters && (
        <Button variant="quiet" onPress={onReset}>
          {t('hotline.filters.clear')}
        </Button>
      )}
    </section>
  );
}
