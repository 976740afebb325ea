import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FileTrigger, Form } from 'react-aria-components';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiImage } from '@/components/api-image';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { OrganisationComboBox } from '@/components/organisation-combo-box';
import { FormSelect } from '@/components/select';
import { TerritoryComboBox } from '@/components/territory-combo-box';
import { FormTextField } from '@/components/text-field';
import { EVENT_KINDS, type EventView } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { useServerErrors, type FormControl } from '@/lib/forms';
import {
  useCreateEvent,
  useEvent,
  useRemoveEventImage,
  useSetEventImage,
  useUpdateEvent,
  thumbnailOf,
  type VersionedEvent,
} from '../api/events';
import {
  CAPACITY_MAX,
  emptyEvent,
  EVENT_ALIASES,
  EVENT_FIELDS,
  eventBody,
  eventSchema,
  eventValues,
  type EventFormInput,
  type EventFormValues,
} from './event-form-schema';

const MAPPING = { aliases: EVENT_ALIASES };

/** Limits the API enforces too. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png'];

/** What the form did, told on the event's page (carried in the navigation's state). */
export type EventNotice = 'published' | 'proposed' | 'saved' | 'imageFailed';

type EventFormProps = {
  /** The event being edited, with the version it was read at; a new one otherwise. */
  current?: VersionedEvent;
  /** Animators publish at once; members propose. */
  isStaff: boolean;
};

/** Writes an event: what, when (Paris time), where, how many places, who hosts it, and its image. */
export function EventForm({ current, isStaff }: EventFormProps) {
  const { t: tx } = useTranslation('events');
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A member's event is hosted by their organisation; animators name any member, or none.
  const organisation = useSession().me?.organisation;
  const schema = useMemo(() => eventSchema(tx, t), [tx, t]);
  const { control, handleSubmit, setError, reset, formState } = useForm<EventFormInput, unknown, EventFormValues>({
    resolver: zodResolver(schema),
    defaultValues: current ? eventValues(current.event) : emptyEvent(),
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(
    setError,
    EVENT_FIELDS,
    MAPPING,
  );
  // The version this form was filled from: saving sends it as If-Match.
  const [etag, setEtag] = useState(current?.etag);
  const [image, setImage] = useState<File | null>(null);
  const [removeImage, setRemoveImage] = useState(false);
  const [imageError, setImageError] = useState<string | null>(null);

  const create = useCreateEvent();
  const update = useUpdateEvent(current?.event.id ?? '');
  const putImage = useSetEventImage();
  const deleteImage = useRemoveEventImage();
  const reload = useEvent(current?.event.id ?? '', { enabled: false });

  const submit = handleSubmit(async (values) => {
    clearFormError();
    const body = eventBody(values, isStaff);
    let saved: EventView;
    try {
      if (current && etag) {
        const result = await update.mutateAsync({ body, etag });
        setEtag(result.etag);
        saved = result.event;
      } else {
        saved = await create.mutateAsync(body);
      }
    } catch (error) {
      handleError(error);
      return;
    }
    let notice: EventNotice = current ? 'saved' : saved.status === 'PROPOSED' ? 'proposed' : 'published';
    try {
      if (image) await putImage.mutateAsync({ id: saved.id, file: image });
      else if (removeImage && current?.event.imageUrl) await deleteImage.mutateAsync(saved.id);
    } catch {
      // Saved all the same: the event's page says so, and the image can be added again from the form.
      notice = 'imageFailed';
    }
    void navigate(`/events/${saved.id}`, { state: { notice } });
  });

  /** After a 412: start again from what the other person saved. */
  const onReload = async () => {
    const { data } = await reload.refetch();
    if (!data) return;
    setEtag(data.etag);
    reset(eventValues(data.event));
    clearFormError();
  };

  const chooseImage = (file: File | undefined) => {
    setImageError(null);
    if (!file) return;
    // Checked here first, so a phone does not send 5 MB for nothing.
    if (!IMAGE_TYPES.includes(file.type)) setImageError(tx('form.imageWrongType'));
    else if (file.size > MAX_IMAGE_BYTES) setImageError(tx('form.imageTooLarge'));
    else {
      setImage(file);
      setRemoveImage(false);
    }
  };

  const hasImage = Boolean(current?.event.imageUrl) && !removeImage;

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <fieldset className="form__section">
        <legend>{tx('form.what')}</legend>
        <FormSelect
          control={control}
          name="kind"
          label={tx('form.kind')}
          placeholder={t('form.choose')}
          options={EVENT_KINDS.map((kind) => ({ id: kind, name: tx(`kind.${kind}`) }))}
        />
        <FormTextField control={control} name="title" label={tx('form.title')} description={tx('form.titleHelp')} />
        <FormTextField
          control={control}
          name="description"
          label={tx('form.description')}
          description={tx('form.descriptionHelp')}
          rows={6}
          optional
        />
      </fieldset>
      <fieldset className="form__section">
        <legend>{tx('form.when')}</legend>
        <p className="hint">{tx('form.parisTime')}</p>
        <div className="form-row">
          <FormTextField control={control} name="start" type="datetime-local" label={tx('form.start')} />
          <FormTextField control={control} name="end" type="datetime-local" label={tx('form.end')} />
        </div>
        <FormTextField
          control={control}
          name="registrationDeadline"
          type="datetime-local"
          label={tx('form.registrationDeadline')}
          description={tx('form.registrationDeadlineHelp')}
          optional
        />
        <FormTextField
          control={control}
          name="capacity"
          label={tx('form.capacity')}
          description={tx('form.capacityHelp', { max: CAPACITY_MAX })}
          inputMode="numeric"
          optional
        />
      </fieldset>
      <fieldset className="form__section">
        <legend>{tx('form.where')}</legend>
        <TerritoryField control={control} />
        <FormTextField
          control={control}
          name="venue"
          label={tx('form.venue')}
          description={tx('form.venueHelp')}
          optional
        />
        <FormTextField
          control={control}
          name="onlineUrl"
          type="url"
          label={tx('form.onlineUrl')}
          description={tx('form.onlineUrlHelp')}
          optional
        />
      </fieldset>
      <fieldset className="form__section">
        <legend>{tx('form.who')}</legend>
        {isStaff ? (
          <HostField control={control} />
        ) : (
          organisation && (
            <p>
              {tx('form.hostedBy', { organisation: organisation.name })}
            </p>
          )
        )}
        <div className="field">
          <p className="field__label" id="event-image-label">
            {tx('form.image')} <span className="field__optional">{t('form.optional')}</span>
          </p>
          <p className="field__description" id="event-image-rules">
            {tx('form.imageRules')}
          </p>
          {hasImage && !image && (
            <ApiImage className="event-form__image" src={thumbnailOf(current!.event.imageUrl!)} alt={tx('form.currentImage')} />
          )}
          {image && <p>{tx('form.imageChosen', { name: image.name })}</p>}
          <div className="button-row button-row--compact">
            <FileTrigger acceptedFileTypes={IMAGE_TYPES} onSelect={(files) => chooseImage(files ? [...files][0] : undefined)}>
              <Button variant="secondary" aria-describedby="event-image-label event-image-rules">
                {hasImage || image ? tx('form.replaceImage') : tx('form.chooseImage')}
              </Button>
            </FileTrigger>
            {(hasImage || image) && (
              <Button
                variant="quiet"
                onPress={() => {
                  setImage(null);
                  setRemoveImage(true);
                }}
              >
                {tx('form.removeImage')}
              </Button>
            )}
          </div>
          {imageError && (
            <p className="field__error" role="alert">
              {imageError}
            </p>
          )}
        </div>
      </fieldset>
      <FormAlert error={formError} violations={unmappedViolations} onReload={current ? () => void onReload() : undefined} />
      {!isStaff && !current && <p className="alert alert--info">{tx('form.reviewNote')}</p>}
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {current ? tx('form.save') : isStaff ? tx('form.publish') : tx('form.propose')}
        </Button>
        <Link to={current ? `/events/${current.event.id}` : '/events'}>{t('common.cancel')}</Link>
      </div>
    </Form>
  );
}

function TerritoryField({ control }: { control: FormControl<EventFormInput> }) {
  const { t: tx } = useTranslation('events');
  const { field, fieldState } = useController({ control, name: 'territory' });
  return (
    <TerritoryComboBox
      label={tx('form.territory')}
      description={tx('form.territoryHelp')}
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
      isRequired
    />
  );
}

function HostField({ control }: { control: FormControl<EventFormInput> }) {
  const { t: tx } = useTranslation('events');
  const { field, fieldState } = useController({ control, name: 'host' });
  return (
    <OrganisationComboBox
      label={tx('form.host')}
      description={tx('form.hostHelp')}
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
      isRequired={false}
      optional
    />
  );
}
