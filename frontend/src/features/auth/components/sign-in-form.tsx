import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useSignIn } from '../api/sign-in';

const DEFAULTS = { email: '', password: '' };
const FIELDS = fieldPaths(DEFAULTS);

export function SignInForm({ defaultEmail, onSuccess }: { defaultEmail?: string; onSuccess: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        email: z.email(t('validation.email')),
        password: z.string().min(1, t('validation.required')),
      }),
    [t],
  );
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { ...DEFAULTS, email: defaultEmail ?? '' },
  });
  const signIn = useSignIn();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    try {
      await signIn.mutateAsync(values);
      onSuccess();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormAlert error={formError} violations={unmappedViolations} />
      <FormTextField control={control} name="email" label={t('person.email')} type="email" autoComplete="email" />
      <FormTextField
        control={control}
        name="password"
        label={t('person.password')}
        type="password"
        autoComplete="current-password"
      />
      <Button type="submit" isPending={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
