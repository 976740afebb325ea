import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { OrganisationComboBox } from '@/components/organisation-combo-box';
import { RadioGroup } from '@/components/radio-group';
import type { SearchChoice } from '@/components/search-combo-box';
import { Select } from '@/components/select';
import { TerritoryComboBox } from '@/components/territory-combo-box';
import { TextField } from '@/components/text-field';
import { useSectors, useTerritory } from '@/lib/api/reference-data';
import { NETWORK, type Period, type Scope } from '../api/impact';

export type ScopeKind = 'network' | 'departement' | 'epci' | 'sector' | 'mine' | 'organisation';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The kind of scope an API scope is, seen by someone of organisation `mine`. */
export function scopeKindOf(scope: Scope, mine: string | null): ScopeKind {
  if (scope.startsWith('departement:')) return 'departement';
  if (scope.startsWith('epci:')) return 'epci';
  if (scope.startsWith('sector:')) return 'sector';
  if (scope.startsWith('organisation:')) return scope === `organisation:${mine}` ? 'mine' : 'organisation';
  return 'network';
}

type ScopeFormProps = {
  scope: Scope;
  /** The scope's name (a territory's, an organisation's), as the figures gave it. */
  scopeName: string | null;
  period: Period;
  /** The kinds offered (the graph has no organisations). */
  kinds: readonly ScopeKind[];
  /** The caller's organisation, for "my organisation". */
  mine: string | null;
  onChange: (scope: Scope, period: Period) => void;
};

/** What the figures are about, and over which months; applied when sent. */
export function ScopeForm({ scope, scopeName, period, kinds, mine, onChange }: ScopeFormProps) {
  const { t: tx } = useTranslation('exchanges');
  const sectors = useSectors();
  const initialKind = scopeKindOf(scope, mine);
  const named = (prefix: string) =>
    scope.startsWith(prefix)
      ? { id: scope.slice(prefix === 'organisation:' ? prefix.length : 0), name: scopeName ?? '' }
      : null;
  const [kind, setKind] = useState<ScopeKind>(kinds.includes(initialKind) ? initialKind : 'network');
  const [territory, setTerritory] = useState<SearchChoice | null>(named(`${initialKind}:`));
  const [sector, setSector] = useState<string | null>(
    scope.startsWith('sector:') ? scope.slice('sector:'.length) : null,
  );
  const [organisation, setOrganisation] = useState<SearchChoice | null>(
    initialKind === 'organisation' ? named('organisation:') : null,
  );
  // A territory named by the URL alone: its name comes from the API.
  const shownTerritory = useTerritory(territory && !territory.name ? territory.id : null);
  const territoryValue =
    territory && !territory.name && shownTerritory.data ? { ...territory, name: shownTerritory.data.name } : territory;
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [errors, setErrors] = useState<Partial<Record<'choice' | 'from' | 'to', string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    let next: Scope | null = NETWORK;
    if (kind === 'departement' || kind === 'epci') next = territory?.id ?? null;
    else if (kind === 'sector') next = sector ? `sector:${sector}` : null;
    else if (kind === 'mine') next = `organisation:${mine}`;
    else if (kind === 'organisation') next = organisation ? `organisation:${organisation.id}` : null;
    if (next === null) found.choice = tx('impact.scope.choiceRequired');
    if (from && !MONTH.test(from)) found.from = tx('impact.scope.monthInvalid');
    if (to && !MONTH.test(to)) found.to = tx('impact.scope.monthInvalid');
    if (!found.from && !found.to && from && to && from > to) found.to = tx('impact.scope.toBeforeFrom');
    setErrors(found);
    if (next !== null && Object.keys(found).length === 0) onChange(next, { from: from || null, to: to || null });
  };

  return (
    <section className="panel" aria-labelledby="impact-scope">
      <h2 id="impact-scope" className="board-filters__title">
        {tx('impact.scope.title')}
      </h2>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <RadioGroup<ScopeKind>
          label={tx('impact.scope.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setTerritory(null);
            setErrors({});
          }}
          options={kinds.map((id) => ({ id, name: tx(`impact.scope.kinds.${id}`) }))}
          inline
        />
        {(kind === 'departement' || kind === 'epci') && (
          <TerritoryComboBox
            key={kind}
            kind={kind === 'departement' ? 'DEPARTEMENT' : 'EPCI'}
            label={tx(`impact.scope.${kind}`)}
            value={territoryValue}
            onChange={setTerritory}
            errorMessage={errors.choice}
            isRequired
          />
        )}
        {kind === 'sector' && (
          <Select<string>
            label={tx('impact.scope.sector')}
            value={sector}
            onChange={setSector}
            placeholder={tx('impact.scope.chooseSector')}
            options={(sectors.data ?? []).map((item) => ({ id: item.code, name: item.name }))}
            errorMessage={errors.choice}
            isRequired
          />
        )}
        {kind === 'organisation' && (
          <OrganisationComboBox
            label={tx('impact.scope.organisation')}
            value={organisation}
            onChange={setOrganisation}
            errorMessage={errors.choice}
          />
        )}
        <div className="form-row">
          <TextField
            type="month"
            label={tx('impact.scope.from')}
            description={tx('impact.scope.monthHelp')}
            placeholder="2026-01"
            value={from}
            onChange={setFrom}
            errorMessage={errors.from}
            optional
          />
          <TextField
            type="month"
            label={tx('impact.scope.to')}
            description={tx('impact.scope.monthHelp')}
            placeholder="2026-12"
            value={to}
            onChange={setTo}
            errorMessage={errors.to}
            optional
          />
        </div>
        <div className="button-row">
          <Button type="submit">{tx('impact.scope.show')}</Button>
        </div>
      </Form>
    </section>
  );
}
