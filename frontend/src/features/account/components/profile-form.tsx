import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { FormAlert } from '@/components/form-alert';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import type { Me } from '@/lib/api/types';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { isLanguage, LANGUAGES, setLanguage } from '@/lib/i18n';
import { useUpdateMe } from '../api/account';

const FIELDS = fieldPaths({ firstName: '', lastName: '', locale: '', notifyMatchingOffers: false });

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        firstName: z.string().trim().min(1, t('validation.required')),
        lastName: z.string().trim().min(1, t('validation.required')),
        locale: z.enum(LANGUAGES),
        notifyMatchingOffers: z.boolean(),
      }),
    [t],
  );
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      firstName: me.firstName,
      lastName: me.lastName,
      locale: isLanguage(me.locale) ? me.locale : 'fr',
      notifyMatchingOffers: Boolean(me.notifyMatchingOffers),
    },
  });
  const notify = useController({ control, name: 'notifyMatchingOffers' });
  const update = useUpdateMe();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    try {
      const saved = await update.mutateAsync(values);
      reset(values);
      // The language chosen for emails is the one people want on screen too.
      if (isLanguage(saved.locale)) await setLanguage(saved.locale);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField control={control} name="firstName" label={t('person.firstName')} autoComplete="given-name" />
      <FormTextField control={control} name="lastName" label={t('person.lastName')} autoComplete="family-name" />
      <FormSelect
        control={control}
        name="locale"
        label={t('person.locale')}
        description={t('person.localeHelp')}
        options={LANGUAGES.map((language) => ({ id: language, name: t(`language.${language}`) }))}
      />
      {/* Offers meet requests: only people of an organisation have some. */}
      {me.organisation && (
        <Checkbox
          name={notify.field.name}
          isSelected={notify.field.value}
          onChange={notify.field.onChange}
          inputRef={notify.field.ref}
        >
          {t('account.notifyMatchingOffers')}
        </Checkbox>
      )}
      <FormAlert error={formError} violations={unmappedViolations} />
      {update.isSuccess && !formState.isDirty && (
        <p className="alert alert--success" role="status">
          {t('account.saved')}
        </p>
      )}
      <Button type="submit" isPending={update.isPending}>
        {t('account.save')}
      </Button>
    </Form>
  );
}
