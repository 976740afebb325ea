import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { useServerErrors } from '@/lib/forms';
import {
  PARTNER_FIELDS,
  partnerSchema,
  REQUESTS_PER_MINUTE_MAX,
  type PartnerFormInput,
  type PartnerFormValues,
} from './partner-form-schema';
import { ScopeFields } from './scope-fields';

type PartnerFormProps = {
  initial: PartnerFormInput;
  submitLabel: string;
  /** Sends the values; a failure (thrown) is shown on its fields or above the buttons. */
  save: (values: PartnerFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Offered on 412: someone else saved in the meantime. */
  onReload?: () => void;
};

/** A partner's name, contact, rights and rate limit. */
export function PartnerForm({ initial, submitLabel, save, onCancel, onReload }: PartnerFormProps) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('partners');
  const schema = useMemo(() => partnerSchema(t, tx), [t, tx]);
  const { control, handleSubmit, setError, formState } = useForm<PartnerFormInput, unknown, PartnerFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, PARTNER_FIELDS);

  const submit = handleSubmit(async (values) => {
    clearFormError();
    try {
      await save(values);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <FormTextField control={control} name="name" label={tx('form.name')} description={tx('form.nameHelp')} />
      <FormTextField
        control={control}
        name="contactEmail"
        type="email"
        label={tx('form.contactEmail')}
        description={tx('form.contactEmailHelp')}
      />
      <ScopeFields control={control} />
      <FormTextField
        control={control}
        name="requestsPerMinute"
        inputMode="numeric"
        label={tx('form.requestsPerMinute')}
        description={tx('form.requestsPerMinuteHelp', { max: REQUESTS_PER_MINUTE_MAX })}
      />
      <FormAlert error={formError} violations={unmappedViolations} onReload={onReload} />
      <div className="dialog__actions">
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" isPending={formState.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
