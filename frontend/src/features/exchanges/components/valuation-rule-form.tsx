import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import { VALUATION_KINDS, VALUATION_METHODS } from '@/lib/api/types';
import { useServerErrors } from '@/lib/forms';
import { useAddValuationRule } from '../api/valuation-rules';
import { parseDecimal } from './valuation';

function ruleSchema(tx: TFunction<'exchanges'>, t: TFunction) {
  return z
    .object({
      kind: z.enum(VALUATION_KINDS, { error: t('validation.required') }),
      method: z.enum(VALUATION_METHODS, { error: t('validation.required') }),
      rate: z.string(),
      effectiveFrom: z.string().min(1, t('validation.required')),
    })
    .superRefine((values, ctx) => {
      // A declared value has no rate; every other method needs one.
      if (values.method !== 'DECLARED_VALUE' && parseDecimal(values.rate) === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rate'], message: tx('rules.form.rateRequired') });
      }
    });
}

type RuleFormInput = z.input<ReturnType<typeof ruleSchema>>;
type RuleFormValues = z.output<ReturnType<typeof ruleSchema>>;

const FIELDS = ['kind', 'method', 'rate', 'effectiveFrom'];

/** Admins: how a kind of help is valued from a date on (exchanges already declared keep their value). */
export function ValuationRuleForm({ onAdded }: { onAdded: (description: string) => void }) {
  const { t: tx } = useTranslation('exchanges');
  const { t } = useTranslation();
  const schema = useMemo(() => ruleSchema(tx, t), [tx, t]);
  const { control, handleSubmit, setError, formState, reset } = useForm<RuleFormInput, unknown, RuleFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { kind: undefined, method: undefined, rate: '', effectiveFrom: '' },
  });
  const method = useWatch({ control, name: 'method' });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);
  const add = useAddValuationRule();

  const submit = handleSubmit(async (values) => {
    clearFormError();
    try {
      const added = await add.mutateAsync({
        kind: values.kind,
        method: values.method,
        rate: values.method === 'DECLARED_VALUE' ? undefined : parseDecimal(values.rate),
        effectiveFrom: values.effectiveFrom,
      });
      reset();
      onAdded(added.description);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <FormSelect
        control={control}
        name="kind"
        label={tx('rules.form.kind')}
        placeholder={t('form.choose')}
        options={VALUATION_KINDS.map((id) => ({ id, name: tx(`valuationKind.${id}`) }))}
      />
      <FormSelect
        control={control}
        name="method"
        label={tx('rules.form.method')}
        placeholder={t('form.choose')}
        options={VALUATION_METHODS.map((id) => ({ id, name: tx(`valuationMethod.${id}`) }))}
      />
      {method !== 'DECLARED_VALUE' && (
        <FormTextField
          control={control}
          name="rate"
          label={tx('rules.form.rate')}
          description={tx('rules.form.rateHelp')}
          inputMode="decimal"
        />
      )}
      <FormTextField
        control={control}
        name="effectiveFrom"
        type="date"
        label={tx('rules.form.effectiveFrom')}
        description={tx('rules.form.effectiveFromHelp')}
      />
      <FormAlert error={formError} violations={unmappedViolations} />
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {tx('rules.form.submit')}
        </Button>
      </div>
    </Form>
  );
}
