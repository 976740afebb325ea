import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormRadioGroup } from '@/components/radio-group';
import { FormTextField } from '@/components/text-field';
import { useServerErrors } from '@/lib/forms';
import { currentLanguage, LANGUAGES } from '@/lib/i18n';
import { useSubscribe } from '../api/subscriptions';

const FIELDS = ['email', 'language'];
const NATIVE_NAMES = { fr: 'Français', en: 'English' } as const;

/** Anyone asks for the monthly newsletter; a link emailed to them confirms the address (double opt-in). */
export function SubscribeForm() {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('newsletter');
  const schema = useMemo(
    () => z.object({ email: z.email(t('validation.email')), language: z.enum(LANGUAGES) }),
    [t],
  );
  const { control, handleSubmit, setError, getValues } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { email: '', language: currentLanguage() },
  });
  const subscribe = useSubscribe();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    try {
      await subscribe.mutateAsync(values);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField control={control} name="email" label={t('person.email')} type="email" autoComplete="email" />
      <FormRadioGroup
        control={control}
        name="language"
        label={tx('subscribe.language')}
        inline
        options={LANGUAGES.map((language) => ({ id: language, name: NATIVE_NAMES[language] }))}
      />
      <FormAlert error={formError} violations={unmappedViolations} />
      <div role="status" className="status-line">
        {subscribe.isSuccess && (
          <p className="alert alert--success">{tx('subscribe.checkMailbox', { email: getValues('email') })}</p>
        )}
      </div>
      <Button type="submit" isPending={subscribe.isPending}>
        {tx('subscribe.submit')}
      </Button>
    </Form>
  );
}
