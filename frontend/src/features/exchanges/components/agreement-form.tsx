import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import type { Agreement, AgreementTerms, Exchange } from '@/lib/api/types';
import { useServerErrors, type FormControl } from '@/lib/forms';
import { optional, requiredText } from '@/lib/validation';
import { useDraftAgreement } from '../api/exchanges';

const TEXT_MAX = 2000;
const OBJECT_MAX = 500;
const MAX_MONTHS = 120;

function agreementSchema(tx: TFunction<'exchanges'>, t: TFunction, isLoan: boolean) {
  const loanText = isLoan
    ? requiredText(t, TEXT_MAX)
    : z.string().max(TEXT_MAX, t('validation.maxLength', { count: TEXT_MAX }));
  return z.object({
    object: requiredText(t, OBJECT_MAX),
    startsOn: z.string().min(1, t('validation.required')),
    durationMonths: z
      .string()
      .trim()
      .regex(/^\d+$/, tx('agreement.form.durationInvalid'))
      .refine((value) => Number(value) >= 1 && Number(value) <= MAX_MONTHS, tx('agreement.form.durationInvalid')),
    providerContributions: requiredText(t, TEXT_MAX),
    beneficiaryContributions: requiredText(t, TEXT_MAX),
    responsibilities: loanText,
    insurance: loanText,
    confidential: z.boolean(),
  });
}

type AgreementFormInput = z.input<ReturnType<typeof agreementSchema>>;
type AgreementFormValues = z.output<ReturnType<typeof agreementSchema>>;

const FIELDS = [
  'object',
  'startsOn',
  'durationMonths',
  'providerContributions',
  'beneficiaryContributions',
  'responsibilities',
  'insurance',
  'confidential',
];

const DEFAULT_MONTHS = 12;

/** The template's terms: the exchange's description and day, a year; or the current draft's terms. */
function initialValues(exchange: Exchange, agreement: Agreement | null): AgreementFormInput {
  const terms = agreement?.terms;
  return {
    object: terms?.object ?? exchange.description.slice(0, OBJECT_MAX),
    startsOn: terms?.startsOn ?? exchange.occurredOn,
    durationMonths: String(terms?.durationMonths ?? DEFAULT_MONTHS),
    providerContributions: terms?.providerContributions ?? '',
    beneficiaryContributions: terms?.beneficiaryContributions ?? '',
    responsibilities: terms?.responsibilities ?? '',
    insurance: terms?.insurance ?? '',
    confidential: terms?.confidential ?? false,
  };
}

type AgreementFormProps = {
  exchange: Exchange;
  agreement: Agreement | null;
  onSaved: () => void;
  onCancel: () => void;
};

/** The terms the agreement's text is built from; equipment loans also say who answers for what, and the insurance. */
export function AgreementForm({ exchange, agreement, onSaved, onCancel }: AgreementFormProps) {
  const { t: tx } = useTranslation('exchanges');
  const { t } = useTranslation();
  const isLoan = exchange.mode === 'EQUIPMENT_LOAN';
  const schema = useMemo(() => agreementSchema(tx, t, isLoan), [tx, t, isLoan]);
  const { control, handleSubmit, setError, formState } = useForm<AgreementFormInput, unknown, AgreementFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(exchange, agreement),
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);
  const draft = useDraftAgreement(exchange.id);

  const submit = handleSubmit(async (values) => {
    clearFormError();
    const terms: AgreementTerms = {
      object: values.object,
      startsOn: values.startsOn,
      durationMonths: Number(values.durationMonths),
      providerContributions: values.providerContributions,
      beneficiaryContributions: values.beneficiaryContributions,
      responsibilities: optional(values.responsibilities),
      insurance: optional(values.insurance),
      confidential: values.confidential,
    };
    try {
      await draft.mutateAsync(terms);
      onSaved();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria" aria-label={tx('agreement.form.title')}>
      {agreement && (agreement.provider || agreement.beneficiary) && (
        <p className="alert alert--info">{tx('agreement.form.redraftWarning')}</p>
      )}
      <FormTextField control={control} name="object" label={tx('agreement.form.object')} rows={2} />
      <div className="form-row">
        <FormTextField control={control} name="startsOn" type="date" label={tx('agreement.form.startsOn')} />
        <FormTextField
          control={control}
          name="durationMonths"
          inputMode="numeric"
          label={tx('agreement.form.durationMonths')}
          description={tx('agreement.form.durationHelp', { max: MAX_MONTHS })}
        />
      </div>
      <FormTextField
        control={control}
        name="providerContributions"
        label={tx('agreement.form.contributionsOf', { organisation: exchange.provider.name })}
        rows={3}
      />
      <FormTextField
        control={control}
        name="beneficiaryContributions"
        label={tx('agreement.form.contributionsOf', { organisation: exchange.beneficiary.name })}
        rows={3}
      />
      <FormTextField
        control={control}
        name="responsibilities"
        label={tx('agreement.form.responsibilities')}
        description={tx(isLoan ? 'agreement.form.requiredForLoans' : 'agreement.form.responsibilitiesHelp')}
        rows={3}
        optional={!isLoan}
      />
      <FormTextField
        control={control}
        name="insurance"
        label={tx('agreement.form.insurance')}
        description={tx(isLoan ? 'agreement.form.requiredForLoans' : 'agreement.form.insuranceHelp')}
        rows={2}
        optional={!isLoan}
      />
      <ConfidentialField control={control} />
      <FormAlert error={formError} violations={unmappedViolations} />
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {tx('agreement.form.submit')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function ConfidentialField({ control }: { control: FormControl<AgreementFormInput> }) {
  const { t: tx } = useTranslation('exchanges');
  const { field } = useController({ control, name: 'confidential' });
  return (
    <div className="field">
      <Checkbox name={field.name} isSelected={Boolean(field.value)} onChange={field.onChange} inputRef={field.ref}>
        {tx('agreement.form.confidential')}
      </Checkbox>
    </div>
  );
}
