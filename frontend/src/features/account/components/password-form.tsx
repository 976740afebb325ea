import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { EMPTY_PASSWORD_PAIR, NewPasswordFields, newPasswordPairSchema } from '@/components/new-password-fields';
import { FormTextField } from '@/components/text-field';
import { useSession } from '@/lib/auth/auth-provider';
import type { SignInNotice } from '@/lib/auth/next-path';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useChangePassword } from '../api/account';

const DEFAULTS = { currentPassword: '', ...EMPTY_PASSWORD_PAIR };
const FIELDS = fieldPaths(DEFAULTS);

export function PasswordForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const schema = useMemo(
    () => newPasswordPairSchema(t).and(z.object({ currentPassword: z.string().min(1, t('validation.required')) })),
    [t],
  );
  const { control, handleSubmit, setError } = useForm({ resolver: zodResolver(schema), defaultValues: DEFAULTS });
  const change = useChangePassword();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    clearFormError();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
    } catch (error) {
      handleError(error);
      return;
    }
    // The API ends every session of the account: sign in again with the new password.
    const email = session.me?.email ?? '';
    await session.signOut();
    const notice: SignInNotice = 'passwordChanged';
    void navigate(`/sign-in?email=${encodeURIComponent(email)}`, { state: { notice } });
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={control}
        name="currentPassword"
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
      />
      <NewPasswordFields control={control} />
      <p className="hint">{t('password.signOutEverywhere')}</p>
      <FormAlert error={formError} violations={unmappedViolations} />
      <Button type="submit" isPending={change.isPending}>
        {t('password.change')}
      </Button>
    </Form>
  );
}
