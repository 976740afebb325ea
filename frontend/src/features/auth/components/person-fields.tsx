import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { z } from 'zod';
import { newPasswordSchema } from '@/components/new-password-fields';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import { LANGUAGES } from '@/lib/i18n';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation';

/** Who is signing up (or accepting an invitation); the email is asked only when not known already. */
export function personSchema(t: TFunction) {
  const required = t('validation.required');
  return z.object({
    firstName: z.string().trim().min(1, required),
    lastName: z.string().trim().min(1, required),
    password: newPasswordSchema(t),
    locale: z.enum(LANGUAGES),
  });
}

export type PersonInput = z.input<ReturnType<typeof personSchema>>;

type PersonFieldsProps<T extends { person: PersonInput }> = {
  control: FormControl<T>;
  /** Renders the email field between the name and the password. */
  withEmail?: boolean;
};

export function PersonFields<T extends { person: PersonInput }>({ control, withEmail }: PersonFieldsProps<T>) {
  const { t } = useTranslation();
  // TypeScript cannot resolve Path<T> for a generic T; the constraint on T guarantees these exist.
  const name = (field: string) => `person.${field}` as Path<T>;
  return (
    <>
      <FormTextField control={control} name={name('firstName')} label={t('person.firstName')} autoComplete="given-name" />
      <FormTextField control={control} name={name('lastName')} label={t('person.lastName')} autoComplete="family-name" />
      {withEmail && (
        <FormTextField
          control={control}
          name={name('email')}
          label={t('person.email')}
          description={t('person.emailHelp')}
          type="email"
          autoComplete="email"
        />
      )}
      <FormTextField
        control={control}
        name={name('password')}
        label={t('person.password')}
        description={t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
      />
      <FormSelect
        control={control}
        name={name('locale')}
        label={t('person.locale')}
        description={t('person.localeHelp')}
        options={LANGUAGES.map((language) => ({ id: language, name: t(`language.${language}`) }))}
      />
    </>
  );
}
