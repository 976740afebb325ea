import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { CategoryField, ModeField, NeededByField, ReachFields, TitleDescriptionFields } from '@/components/item-fields';
import { OrganisationComboBox } from '@/components/organisation-combo-box';
import { FormRadioGroup } from '@/components/radio-group';
import { RECEIVED_CHANNELS } from '@/lib/api/types';
import { useServerErrors, type FormControl } from '@/lib/forms';
import { useReceiveNeed } from '../api/hotline';
import {
  EMPTY_NEED,
  NEED_FIELD_ALIASES,
  NEED_FIELDS,
  needBody,
  needSchema,
  type NeedFormInput,
  type NeedFormValues,
} from './need-form-schema';

const MAPPING = { aliases: NEED_FIELD_ALIASES };

/** Types in a need received by phone, email, at an event or from a partner, for a member organisation. */
export function NeedForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schema = useMemo(() => needSchema(t), [t]);
  const { control, handleSubmit, setError, formState } = useForm<NeedFormInput, unknown, NeedFormValues>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_NEED,
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(
    setError,
    NEED_FIELDS,
    MAPPING,
  );
  const receive = useReceiveNeed();

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    try {
      const created = await receive.mutateAsync(needBody(values));
      void navigate(`/hotline/cases/${created.summary.requestId}`, { state: { notice: 'received' } });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <fieldset className="form__section">
        <legend>{t('hotline.need.who')}</legend>
        <OrganisationField control={control} />
        <FormRadioGroup
          control={control}
          name="channel"
          label={t('hotline.need.channel')}
          options={RECEIVED_CHANNELS.map((id) => ({ id, name: t(`needChannel.${id}`) }))}
          inline
        />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('hotline.need.what')}</legend>
        <TitleDescriptionFields
          control={control}
          titleHelp={t('itemForm.titleHelp.requests')}
          descriptionHelp={t('hotline.need.descriptionHelp')}
        />
        <CategoryField control={control} />
        <ModeField control={control} description={t('hotline.need.modeHelp')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('itemForm.where')}</legend>
        <ReachFields control={control} />
        <NeededByField control={control} />
      </fieldset>
      <FormAlert error={formError} violations={unmappedViolations} />
      <p className="hint">{t('hotline.need.publishNote')}</p>
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {t('hotline.need.submit')}
        </Button>
        <Link to="/hotline">{t('hotline.backToBoard')}</Link>
      </div>
    </Form>
  );
}

function OrganisationField({ control }: { control: FormControl<NeedFormInput> }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'organisation' });
  return (
    <OrganisationComboBox
      label={t('hotline.need.organisation')}
      description={t('hotline.need.organisationHelp')}
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
    />
  );
}
