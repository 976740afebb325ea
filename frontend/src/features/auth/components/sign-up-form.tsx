import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm, type DeepPartial } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELD_ALIASES,
  OrganisationFields,
  organisationBody,
  organisationSchema,
} from '@/components/organisation-fields';
import { useCharter } from '@/lib/api/reference-data';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { currentLanguage } from '@/lib/i18n';
import { useSignUp } from '../api/sign-up';
import { CharterAcceptance } from './charter-acceptance';
import { PersonFields, personSchema } from './person-fields';

function signUpSchema(t: Parameters<typeof personSchema>[0]) {
  return z.object({
    person: personSchema(t).extend({ email: z.email(t('validation.email')) }),
    organisation: organisationSchema(t),
    acceptCharter: z.boolean().refine(Boolean, t('validation.acceptCharter')),
  });
}

type SignUpInput = z.input<ReturnType<typeof signUpSchema>>;
type SignUpValues = z.output<ReturnType<typeof signUpSchema>>;

function defaults(): DeepPartial<SignUpInput> {
  return {
    person: { firstName: '', lastName: '', email: '', password: '', locale: currentLanguage() },
    organisation: EMPTY_ORGANISATION,
    acceptCharter: false,
  };
}

const FIELDS = fieldPaths(defaults());
const MAPPING = { aliases: ORGANISATION_FIELD_ALIASES };

export function SignUpForm({ onSuccess }: { onSuccess: (email: string) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => signUpSchema(t), [t]);
  const { control, handleSubmit, setError } = useForm<SignUpInput, unknown, SignUpValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults(),
  });
  const charter = useCharter();
  const signUp = useSignUp();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS, MAPPING);

  const onSubmit = handleSubmit(async ({ person, organisation }) => {
    if (!charter.data) return;
    clearFormError();
    try {
      await signUp.mutateAsync({
        person: { ...person, firstName: person.firstName.trim(), lastName: person.lastName.trim() },
        organisation: organisationBody(organisation),
        charterVersion: charter.data.version,
        acceptCharter: true,
      });
      onSuccess(person.email);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <fieldset className="form__section">
        <legend>{t('signUp.aboutYou')}</legend>
        <PersonFields control={control} withEmail />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('signUp.aboutOrganisation')}</legend>
        <OrganisationFields control={control} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('signUp.charter')}</legend>
        <p>{t('signUp.charterIntro')}</p>
        <CharterAcceptance control={control} name="acceptCharter" charter={charter} />
      </fieldset>
      <FormAlert error={formError} violations={unmappedViolations} />
      <Button type="submit" isPending={signUp.isPending} isDisabled={!charter.data}>
        {t('signUp.submit')}
      </Button>
    </Form>
  );
}
