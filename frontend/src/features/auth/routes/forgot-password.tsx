import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { FormTextField } from '@/components/text-field';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useRequestPasswordReset } from '../api/password-reset';

const DEFAULTS = { email: '' };
const FIELDS = fieldPaths(DEFAULTS);

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ email: z.email(t('validation.email')) }), [t]);
  const { control, handleSubmit, setError, getValues } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const request = useRequestPasswordReset();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ email }) => {
    clearFormError();
    await request.mutateAsync(email).catch(handleError);
  });

  return (
    <Page title={t('forgotPassword.title')} width="narrow" intro={<p>{t('forgotPassword.intro')}</p>}>
      {request.isSuccess ? (
        // Worded the same whether the address is known or not: the API does not tell either.
        <p className="alert alert--success" role="status">
          {t('forgotPassword.sent', { email: getValues('email') })}
        </p>
      ) : (
        <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
          <FormAlert error={formError} violations={unmappedViolations} />
          <FormTextField control={control} name="email" label={t('person.email')} type="email" autoComplete="email" />
          <Button type="submit" isPending={request.isPending}>
            {t('forgotPassword.submit')}
          </Button>
        </Form>
      )}
      <p>
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
