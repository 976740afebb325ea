import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELD_ALIASES,
  OrganisationFields,
  organisationBody,
  organisationFormFrom,
  organisationSchema,
} from '@/components/organisation-fields';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useOrganisation, useUpdateOrganisation, type VersionedOrganisation } from '../api/organisations';

const FIELDS = fieldPaths({ organisation: EMPTY_ORGANISATION });
// The API's field names are those of the body; the form nests them under 'organisation'.
const MAPPING = { prefix: 'organisation.', aliases: ORGANISATION_FIELD_ALIASES };

export function OrganisationEditForm({ current }: { current: VersionedOrganisation }) {
  const { t } = useTranslation();
  const id = current.organisation.id;
  const schema = useMemo(() => z.object({ organisation: organisationSchema(t) }), [t]);
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { organisation: organisationFormFrom(current.organisation) },
  });
  // The version this form was filled from: saving sends it as If-Match.
  const [etag, setEtag] = useState(current.etag);
  const [saved, setSaved] = useState(false);
  const update = useUpdateOrganisation(id);
  const reload = useOrganisation(id);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS, MAPPING);

  const onSubmit = handleSubmit(async ({ organisation }) => {
    clearFormError();
    setSaved(false);
    try {
      const result = await update.mutateAsync({ body: organisationBody(organisation), etag });
      setEtag(result.etag);
      reset({ organisation: organisationFormFrom(result.organisation) });
      setSaved(true);
    } catch (error) {
      handleError(error);
    }
  });

  /** After a 412: start again from what the other person saved. */
  const onReload = async () => {
    const { data } = await reload.refetch();
    if (!data) return;
    setEtag(data.etag);
    reset({ organisation: organisationFormFrom(data.organisation) });
    clearFormError();
  };

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <OrganisationFields control={control} />
      <FormAlert error={formError} violations={unmappedViolations} onReload={() => void onReload()} />
      {saved && !formState.isDirty && (
        <p className="alert alert--success" role="status">
          {t('myOrganisation.saved')}
        </p>
      )}
      <Button type="submit" isPending={update.isPending}>
        {t('myOrganisation.save')}
      </Button>
    </Form>
  );
}
