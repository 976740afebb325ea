import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useController, type DeepPartial, type FieldValues, type Path } from 'react-hook-form';
import { z } from 'zod';
import { useSectors } from '@/lib/api/reference-data';
import { LEGAL_FORMS, type OrganisationDetail, type OrganisationInput } from '@/lib/api/types';
import type { FormControl } from '@/lib/forms';
import { isValidSiret, isValidWebsite, lines, normaliseSiret, normaliseWebsite, optional } from '@/lib/validation';
import { FormCheckboxGroup } from './checkbox';
import { LoadError } from './query-state';
import { FormSelect } from './select';
import { TerritoryComboBox } from './territory-combo-box';
import { FormTextField } from './text-field';

// Limits the API enforces too.
const MAX_SECTORS = 5;
const MAX_ACTIVITIES = 20;
const MAX_ACTIVITY_LENGTH = 80;
const PHONE = /^[+0-9 ().-]{6,25}$/;

/** The organisation part of the sign-up and profile forms, nested under 'organisation'. */
export function organisationSchema(t: TFunction) {
  const required = t('validation.required');
  return z.object({
    name: z.string().trim().min(1, required),
    legalForm: z.enum(LEGAL_FORMS, { error: t('validation.legalForm') }),
    siret: z.string().refine((value) => !value.trim() || isValidSiret(value), t('validation.siret')),
    commune: z.object({ id: z.string(), name: z.string() }, { error: t('validation.commune') }),
    sectorCodes: z
      .array(z.string())
      .min(1, t('validation.sectors'))
      .max(MAX_SECTORS, t('validation.sectorsMax', { count: MAX_SECTORS })),
    description: z.string().trim().min(1, required),
    activities: z
      .string()
      .refine((text) => lines(text).length <= MAX_ACTIVITIES, t('validation.activitiesMax', { count: MAX_ACTIVITIES }))
      .refine(
        (text) => lines(text).every((line) => line.length <= MAX_ACTIVITY_LENGTH),
        t('validation.activityLength', { count: MAX_ACTIVITY_LENGTH }),
      ),
    address: z.string(),
    website: z.string().refine((value) => !value.trim() || isValidWebsite(value), t('validation.website')),
    phone: z.string().refine((value) => !value.trim() || PHONE.test(value.trim()), t('validation.phone')),
    contactEmail: z.email(t('validation.email')),
  });
}

export type OrganisationFormInput = z.input<ReturnType<typeof organisationSchema>>;
export type OrganisationFormValues = z.output<ReturnType<typeof organisationSchema>>;

/** The form's own field names for the API's, where they differ. */
export const ORGANISATION_FIELD_ALIASES = { 'organisation.communeId': 'organisation.commune' };

/** Legal form and commune start unset; listing them keeps them known to fieldPaths(). */
export const EMPTY_ORGANISATION: DeepPartial<OrganisationFormInput> = {
  name: '',
  legalForm: undefined,
  siret: '',
  commune: undefined,
  sectorCodes: [],
  description: '',
  activities: '',
  address: '',
  website: '',
  phone: '',
  contactEmail: '',
};

export function organisationFormFrom(detail: OrganisationDetail): OrganisationFormInput {
  return {
    name: detail.name,
    legalForm: detail.legalForm,
    siret: detail.siret ?? '',
    commune: detail.commune,
    sectorCodes: detail.sectors.map((sector) => sector.code),
    description: detail.description,
    activities: detail.activities.join('\n'),
    address: detail.address ?? '',
    website: detail.website ?? '',
    phone: detail.contact?.phone ?? '',
    contactEmail: detail.contact?.email ?? '',
  };
}

export function organisationBody(values: OrganisationFormValues): OrganisationInput {
  return {
    name: values.name.trim(),
    legalForm: values.legalForm,
    siret: optional(values.siret) && normaliseSiret(values.siret),
    communeId: values.commune.id,
    sectorCodes: values.sectorCodes,
    description: values.description.trim(),
    activities: lines(values.activities),
    address: optional(values.address),
    website: optional(values.website) && normaliseWebsite(values.website),
    phone: optional(values.phone),
    contactEmail: values.contactEmail.trim(),
  };
}

type OrganisationFieldsProps<T extends FieldValues> = { control: FormControl<T> };

export function OrganisationFields<T extends { organisation: OrganisationFormInput }>({
  control,
}: OrganisationFieldsProps<T>) {
  const { t } = useTranslation();
  const sectors = useSectors();
  // TypeScript cannot resolve Path<T> for a generic T; the constraint on T guarantees these exist.
  const name = (field: keyof OrganisationFormInput) => `organisation.${field}` as Path<T>;

  return (
    <>
      <FormTextField control={control} name={name('name')} label={t('organisation.name')} autoComplete="organization" />
      <FormSelect
        control={control}
        name={name('legalForm')}
        label={t('organisation.legalForm')}
        placeholder={t('form.choose')}
        options={LEGAL_FORMS.map((form) => ({ id: form, name: t(`legalForm.${form}`) }))}
      />
      <FormTextField
        control={control}
        name={name('siret')}
        label={t('organisation.siret')}
        description={t('organisation.siretHelp')}
        inputMode="numeric"
        optional
      />
      <CommuneField control={control} name={name('commune')} />
      {sectors.isError ? (
        <LoadError error={sectors.error} onRetry={() => void sectors.refetch()} />
      ) : (
        <FormCheckboxGroup
          control={control}
          name={name('sectorCodes')}
          label={t('organisation.sectors')}
          description={t('organisation.sectorsHelp')}
          options={(sectors.data ?? []).map((sector) => ({ id: sector.code, name: sector.name }))}
        />
      )}
      <FormTextField
        control={control}
        name={name('description')}
        label={t('organisation.description')}
        description={t('organisation.descriptionHelp')}
        rows={5}
      />
      <FormTextField
        control={control}
        name={name('activities')}
        label={t('organisation.activities')}
        description={t('organisation.activitiesHelp')}
        rows={4}
        optional
      />
      <FormTextField
        control={control}
        name={name('contactEmail')}
        label={t('organisation.contactEmail')}
        description={t('organisation.contactEmailHelp')}
        type="email"
        autoComplete="email"
      />
      <FormTextField
        control={control}
        name={name('phone')}
        label={t('organisation.phone')}
        type="tel"
        autoComplete="tel"
        optional
      />
      <FormTextField
        control={control}
        name={name('website')}
        label={t('organisation.website')}
        type="url"
        placeholder="https://"
        optional
      />
      <FormTextField
        control={control}
        name={name('address')}
        label={t('organisation.address')}
        autoComplete="street-address"
        optional
      />
    </>
  );
}

function CommuneField<T extends FieldValues>({ control, name }: { control: FormControl<T>; name: Path<T> }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  return (
    <TerritoryComboBox
      label={t('organisation.commune')}
      description={t('organisation.communeHelp')}
      kind="COMMUNE"
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
      isRequired
    />
  );
}
