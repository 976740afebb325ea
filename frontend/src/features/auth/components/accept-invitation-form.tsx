import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { useCharter } from '@/lib/api/reference-data';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { currentLanguage } from '@/lib/i18n';
import { useAcceptInvitation } from '../api/invitations';
import { CharterAcceptance } from './charter-acceptance';
import { PersonFields, personSchema } from './person-fields';

function defaults() {
  return {
    person: { firstName: '', lastName: '', password: '', locale: currentLanguage() },
    acceptCharter: false,
  };
}

const FIELDS = fieldPaths(defaults());
// The API takes the person's fields at the top level of the body.
const MAPPING = { prefix: 'person.', aliases: { 'person.acceptCharter': 'acceptCharter' } };

export function AcceptInvitationForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        person: personSchema(t),
        acceptCharter: z.boolean().refine(Boolean, t('validation.acceptCharter')),
      }),
    [t],
  );
  const { control, handleSubmit, setError } = useForm({ resolver: zodResolver(schema), defaultValues: defaults() });
  const charter = useCharter();
  const accept = useAcceptInvitation(token);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS, MAPPING);

  const onSubmit = handleSubmit(async ({ person }) => {
    if (!charter.data) return;
    clearFormError();
    try {
      await accept.mutateAsync({ ...person, charterVersion: charter.data.version, acceptCharter: true });
      onSuccess();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <PersonFields control={control} />
      <CharterAcceptance control={control} name="acceptCharter" charter={charter} />
      <FormAlert error={formError} violations={unmappedViolations} />
      <Button type="submit" isPending={accept.isPending} isDisabled={!charter.data}>
        {t('acceptInvitation.submit')}
      </Button>
    </Form>
  );
}
