import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { EMPTY_PASSWORD_PAIR, NewPasswordFields, newPasswordPairSchema } from '@/components/new-password-fields';
import { Page } from '@/components/page';
import type { SignInNotice } from '@/lib/auth/next-path';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useConfirmPasswordReset } from '../api/password-reset';

const FIELDS = fieldPaths(EMPTY_PASSWORD_PAIR);

export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token');
  const schema = useMemo(() => newPasswordPairSchema(t), [t]);
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_PASSWORD_PAIR,
  });
  const confirm = useConfirmPasswordReset();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  if (!token) {
    return (
      <Page title={t('resetPassword.title')} width="narrow">
        <p className="alert alert--error" role="alert">
          {t('resetPassword.missingToken')}
        </p>
        <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
      </Page>
    );
  }

  const onSubmit = handleSubmit(async ({ newPassword }) => {
    clearFormError();
    try {
      await confirm.mutateAsync({ token, newPassword });
      const notice: SignInNotice = 'passwordReset';
      void navigate('/sign-in', { state: { notice } });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Page title={t('resetPassword.title')} width="narrow">
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormAlert error={formError} violations={unmappedViolations} />
        <NewPasswordFields control={control} />
        <Button type="submit" isPending={confirm.isPending}>
          {t('resetPassword.submit')}
        </Button>
      </Form>
      {formError != null && (
        <p>
          {/* An expired or used link cannot be fixed by typing again. */}
          <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
        </p>
      )}
    </Page>
  );
}
