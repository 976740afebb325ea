import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { RadioGroup } from '@/components/radio-group';
import { Select } from '@/components/select';
import { TerritoryComboBox } from '@/components/territory-combo-box';
import { useTerritory } from '@/lib/api/reference-data';
import { EVENT_KINDS, type EventKind } from '@/lib/api/types';
import type { EventFilters } from '../api/events';

/** The "any" choice of the kind list. */
const ANY = 'any';

type Area = 'region' | 'departement' | 'epci';

function areaOf(territory: string | null): Area {
  if (territory?.startsWith('departement:')) return 'departement';
  if (territory?.startsWith('epci:')) return 'epci';
  return 'region';
}

type EventFiltersFormProps = {
  filters: EventFilters;
  onChange: (change: Partial<EventFilters>) => void;
  onReset: () => void;
};

/** Where (the region, a département or an EPCI), what kind, and list or month: each choice applies at once. */
export function EventFiltersForm({ filters, onChange, onReset }: EventFiltersFormProps) {
  const { t: tx } = useTranslation('events');
  // The kind of area chosen, before a territory of that kind is picked.
  const [area, setArea] = useState<Area>(areaOf(filters.territory));
  const [shownTerritory, setShownTerritory] = useState(filters.territory);
  if (shownTerritory !== filters.territory) {
    setShownTerritory(filters.territory);
    // Back and forward: the area of the territory the URL names.
    if (filters.territory) setArea(areaOf(filters.territory));
  }
  const territory = useTerritory(filters.territory);
  const hasFilters = filters.territory !== null || filters.kind !== null;

  return (
    <section className="panel" aria-labelledby="event-filters">
      <h2 id="event-filters" className="board-filters__title">
        {tx('list.filters')}
      </h2>
      <div className="board-filters__fields">
        <RadioGroup<Area>
          label={tx('list.area')}
          value={area}
          onChange={(value) => {
            setArea(value);
            if (value === 'region' || areaOf(filters.territory) !== value) onChange({ territory: null });
          }}
          options={(['region', 'departement', 'epci'] as const).map((id) => ({ id, name: tx(`list.areas.${id}`) }))}
          inline
        />
        {area !== 'region' && (
          <TerritoryComboBox
            key={area}
            kind={area === 'departement' ? 'DEPARTEMENT' : 'EPCI'}
            label={tx(`list.${area}`)}
            value={filters.territory && territory.data ? { id: filters.territory, name: territory.data.name } : null}
            onChange={(choice) => {
              if ((choice?.id ?? null) !== filters.territory) onChange({ territory: choice?.id ?? null });
            }}
          />
        )}
        <Select<EventKind | typeof ANY>
          label={tx('list.kind')}
          value={filters.kind ?? ANY}
          onChange={(kind) => onChange({ kind: kind === ANY ? null : kind })}
          options={[
            { id: ANY, name: tx('list.anyKind') },
            ...EVENT_KINDS.map((kind) => ({ id: kind, name: tx(`kind.${kind}`) })),
          ]}
        />
        <RadioGroup<EventFilters['view']>
          label={tx('list.view')}
          value={filters.view}
          onChange={(view) => onChange({ view })}
          options={(['list', 'month'] as const).map((id) => ({ id, name: tx(`list.views.${id}`) }))}
          inline
        />
      </div>
      {hasFilters && (
        <Button
          variant="quiet"
          onPress={() => {
            setArea('region');
            onReset();
          }}
        >
          {tx('list.clear')}
        </Button>
      )}
    </section>
  );
}
