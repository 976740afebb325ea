import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useController, useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { ModeField } from '@/components/item-fields';
import { OrganisationComboBox } from '@/components/organisation-combo-box';
import { FormRadioGroup, RadioGroup } from '@/components/radio-group';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import {
  isMarketMode,
  ORIGIN_CHANNELS,
  type EventLink,
  type Exchange,
  type ExchangeInput,
  type OriginChannel,
} from '@/lib/api/types';
import { formatMoney } from '@/lib/format';
import { useServerErrors, type FormControl } from '@/lib/forms';
import { useValuationRules } from '../api/valuation-rules';
import { EventField } from './event-field';
import {
  exchangeAliases,
  exchangeBody,
  exchangeFields,
  exchangeSchema,
  type ExchangeFormInput,
  type ExchangeFormValues,
  type ExchangeOrigin,
  type ExchangeSetup,
} from './exchange-form-schema';
import { effectiveKind, estimate, kindsFor, NEEDS, parseDecimal, ruleOn } from './valuation';

type ExchangeFormProps = {
  setup: Omit<ExchangeSetup, 'rules'>;
  origin: ExchangeOrigin;
  defaultValues: DefaultValues<ExchangeFormInput>;
  /** Amending: the channel the exchange has, sent again as it was. */
  channel?: OriginChannel;
  /** Amending: the event it was born at, if any. */
  event?: EventLink | null;
  submitLabel: string;
  onSubmit: (body: ExchangeInput) => Promise<Exchange>;
  onSaved: (exchange: Exchange) => void;
  cancelTo: string;
};

/**
 * Declares or amends an exchange: who gave and who received, what and when, and what it is
 * worth: an amount for market exchanges, the figures the valuation rule in force needs otherwise,
 * with the rule in words and the value it gives.
 */
export function ExchangeForm({
  setup: given,
  origin,
  defaultValues,
  channel,
  event,
  submitLabel,
  onSubmit,
  onSaved,
  cancelTo,
}: ExchangeFormProps) {
  const { t: tx } = useTranslation('exchanges');
  const { t } = useTranslation();
  const rules = useValuationRules();
  const setup = useMemo(() => ({ ...given, rules: rules.data }), [given, rules.data]);
  const schema = useMemo(() => exchangeSchema(tx, t, setup), [tx, t, setup]);
  const { control, handleSubmit, setError, formState } = useForm<ExchangeFormInput, unknown, ExchangeFormValues>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const fields = useMemo(() => exchangeFields(setup), [setup]);
  const mapping = useMemo(() => ({ aliases: exchangeAliases(setup) }), [setup]);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, fields, mapping);

  const submit = handleSubmit(async (values) => {
    clearFormError();
    try {
      onSaved(await onSubmit(exchangeBody(values, setup, origin, channel)));
    } catch (error) {
      handleError(error);
    }
  });

  const { parties } = setup;
  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <fieldset className="form__section">
        <legend>{tx('form.who')}</legend>
        {parties.own ? (
          <>
            <FormRadioGroup
              control={control}
              name="direction"
              label={tx('form.direction', { organisation: parties.own.name })}
              options={(['GAVE', 'RECEIVED'] as const).map((id) => ({ id, name: tx(`form.directions.${id}`) }))}
            />
            <OrganisationField control={control} name="other" label={tx('form.other')} />
          </>
        ) : (
          <>
            {parties.provider ? (
              <FixedParty label={tx('side.PROVIDER')} name={parties.provider.name} />
            ) : (
              <OrganisationField control={control} name="provider" label={tx('side.PROVIDER')} />
            )}
            {parties.beneficiary ? (
              <FixedParty label={tx('side.BENEFICIARY')} name={parties.beneficiary.name} />
            ) : (
              <OrganisationField control={control} name="beneficiary" label={tx('side.BENEFICIARY')} />
            )}
          </>
        )}
        {setup.chooseSide && (
          <FormRadioGroup
            control={control}
            name="declaredBySide"
            label={tx('form.declaredBySide')}
            description={tx('form.declaredBySideHelp')}
            options={(['PROVIDER', 'BENEFICIARY'] as const).map((id) => ({ id, name: tx(`side.${id}`) }))}
          />
        )}
      </fieldset>
      <fieldset className="form__section">
        <legend>{tx('form.what')}</legend>
        <ModeField control={control} description={tx('form.modeHelp')} />
        <FormTextField control={control} name="occurredOn" type="date" label={tx('form.occurredOn')} />
        <FormTextField
          control={control}
          name="description"
          label={tx('form.description')}
          description={tx('form.descriptionHelp')}
          rows={4}
        />
        {setup.askChannel && (
          <FormSelect
            control={control}
            name="channel"
            label={tx('form.channel')}
            description={tx('form.channelHelp')}
            options={ORIGIN_CHANNELS.map((id) => ({ id, name: tx(`channel.${id}`) }))}
          />
        )}
        {setup.askChannel && <EventField control={control} current={event} />}
      </fieldset>
      <ValueFields control={control} setup={setup} rulesFailed={rules.isError} />
      <FormAlert error={formError} violations={unmappedViolations} />
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t('common.cancel')}</Link>
      </div>
    </Form>
  );
}

function FixedParty({ label, name }: { label: string; name: string }) {
  return (
    <dl className="details-list">
      <dt>{label}</dt>
      <dd>{name}</dd>
    </dl>
  );
}

type OrganisationFieldProps = {
  control: FormControl<ExchangeFormInput>;
  name: 'other' | 'provider' | 'beneficiary';
  label: string;
};

function OrganisationField({ control, name, label }: OrganisationFieldProps) {
  const { t: tx } = useTranslation('exchanges');
  const { field, fieldState } = useController({ control, name });
  return (
    <OrganisationComboBox
      label={label}
      description={tx('form.organisationHelp')}
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
    />
  );
}

type ValueFieldsProps = {
  control: FormControl<ExchangeFormInput>;
  setup: ExchangeSetup;
  rulesFailed: boolean;
};

/** The amount, or the kind of help and what its rule needs, with the rule in words and its estimate. */
function ValueFields({ control, setup, rulesFailed }: ValueFieldsProps) {
  const { t: tx } = useTranslation('exchanges');
  const [mode, chosenKind, occurredOn, hours, days, declaredValueEur] = useWatch({
    control,
    name: ['mode', 'valuationKind', 'occurredOn', 'hours', 'days', 'declaredValueEur'],
  });
  const kindField = useController({ control, name: 'valuationKind' });

  if (!mode) {
    return (
      <fieldset className="form__section">
        <legend>{tx('form.value')}</legend>
        <p className="hint">{tx('form.chooseModeFirst')}</p>
      </fieldset>
    );
  }
  if (isMarketMode(mode)) {
    return (
      <fieldset className="form__section">
        <legend>{tx('form.value')}</legend>
        <FormTextField
          control={control}
          name="amountEur"
          label={tx('form.amountEur')}
          description={tx('form.amountEurHelp')}
          inputMode="decimal"
        />
      </fieldset>
    );
  }

  const kinds = kindsFor(mode);
  const kind = effectiveKind(mode, chosenKind);
  const rule = ruleOn(setup.rules ?? [], kind, occurredOn);
  const needs = rule ? NEEDS[rule.method] : null;
  const value = rule
    ? estimate(rule, {
        hours: parseDecimal(hours),
        days: parseDecimal(days),
        declaredValueEur: parseDecimal(declaredValueEur),
      })
    : null;

  return (
    <fieldset className="form__section">
      <legend>{tx('form.value')}</legend>
      <p className="hint">{tx('form.nonMarketIntro')}</p>
      {kinds.length > 1 && (
        <RadioGroup
          label={tx('form.valuationKind')}
          name={kindField.field.name}
          value={kind ?? null}
          onChange={kindField.field.onChange}
          inputRef={kindField.field.ref}
          errorMessage={kindField.fieldState.error?.message}
          options={kinds.map((id) => ({ id, name: tx(`valuationKind.${id}`) }))}
          isRequired
        />
      )}
      {rule ? (
        <p className="valuation-rule">
          <span className="valuation-rule__label">{tx('form.ruleInForce')}</span> {rule.description}
        </p>
      ) : (
        setup.rules && <p className="alert alert--info">{tx('form.noRule')}</p>
      )}
      {rulesFailed && <p className="hint">{tx('form.rulesFailed')}</p>}
      {(needs?.hours ?? !rule) && (
        <FormTextField control={control} name="hours" label={tx('form.hours')} inputMode="decimal" optional={!needs} />
      )}
      {(needs?.days ?? !rule) && (
        <FormTextField control={control} name="days" label={tx('form.days')} inputMode="numeric" optional={!needs} />
      )}
      {(needs?.declaredValue ?? !rule) && (
        <FormTextField
          control={control}
          name="declaredValueEur"
          label={tx('form.declaredValueEur')}
          description={tx('form.declaredValueHelp')}
          inputMode="decimal"
          optional={!needs}
        />
      )}
      <p className="estimate" aria-live="polite">
        {value !== null && (
          <>
            <span className="estimate__label">{tx('form.estimate')}</span>{' '}
            <strong>{tx('form.approximately', { amount: formatMoney(value) })}</strong>
          </>
        )}
      </p>
      <p>
        <Link to="/valuation-rules" target="_blank">
          {tx('form.howWeCount')}
        </Link>
      </p>
    </fieldset>
  );
}
