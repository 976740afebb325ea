import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation';
import { FormTextField } from './text-field';

export function newPasswordSchema(t: TFunction) {
  return z.string().min(PASSWORD_MIN_LENGTH, t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH }));
}

/** A new password typed twice, the second time to catch a typo nobody can see. */
export function newPasswordPairSchema(t: TFunction) {
  return z
    .object({ newPassword: newPasswordSchema(t), confirmation: z.string() })
    .refine((values) => values.newPassword === values.confirmation, {
      message: t('validation.passwordsDiffer'),
      path: ['confirmation'],
    });
}

export const EMPTY_PASSWORD_PAIR = { newPassword: '', confirmation: '' };

export function NewPasswordFields<T extends { newPassword: string; confirmation: string }>({
  control,
}: {
  control: FormControl<T>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField
        control={control}
        name={'newPassword' as Path<T>}
        label={t('password.new')}
        description={t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
      />
      <FormTextField
        control={control}
        name={'confirmation' as Path<T>}
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
