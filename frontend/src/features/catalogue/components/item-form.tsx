import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useController, useForm, useWatch, type DeepPartial } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { Checkbox, FormCheckbox } from '@/components/checkbox';
import { FormAlert } from '@/components/form-alert';
import { CategoryField, ModeField, NeededByField, ReachFields, TitleDescriptionFields } from '@/components/item-fields';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import { isMarketMode, PRICE_UNITS, type Item } from '@/lib/api/types';
import { DEFAULT_LIFETIME_DAYS, kindOf, MAX_LIFETIME_DAYS, type KindPath } from '@/lib/catalogue';
import { useServerErrors, type FormControl } from '@/lib/forms';
import {
  useCreateItem,
  useItem,
  useItemAction,
  useUpdateItem,
  type ItemNotice,
  type VersionedItem,
} from '../api/items';
import {
  AVAILABILITY_MAX,
  emptyItemForm,
  ITEM_FIELD_ALIASES,
  itemBody,
  itemFormFrom,
  itemSchema,
  visibleFields,
  type ItemFormInput,
  type ItemFormValues,
} from './item-form-schema';

const MAPPING = { aliases: ITEM_FIELD_ALIASES };

type ItemFormProps = {
  kind: KindPath;
  /** The item being edited, with the version it was read at; a new draft otherwise. */
  current?: VersionedItem;
};

/** Writes an offer or a request: its fields follow the chosen mode and reach. */
export function ItemForm({ kind, current }: ItemFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const itemKind = kindOf(kind);
  const initial: DeepPartial<ItemFormInput> = current ? itemFormFrom(current.item) : emptyItemForm();
  // The version this form was filled from: saving sends it as If-Match.
  const [etag, setEtag] = useState(current?.etag);
  // The expiry as loaded: left alone, it is not sent and the item keeps its own.
  const [loadedExpiry, setLoadedExpiry] = useState(current ? initial.expiresOn : undefined);
  const schema = useMemo(() => itemSchema(t, itemKind, loadedExpiry), [t, itemKind, loadedExpiry]);
  const { control, handleSubmit, setError, setValue, reset, formState } = useForm<ItemFormInput, unknown, ItemFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const [mode, onQuote, reach] = useWatch({ control, name: ['mode', 'onQuote', 'reach'] });
  const fields = useMemo(() => visibleFields(itemKind, mode, onQuote, reach), [itemKind, mode, onQuote, reach]);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, fields, MAPPING);
  // Ceres shows market offers only: a non-market mode takes the choice back.
  useEffect(() => {
    if (mode && !isMarketMode(mode)) setValue('showOnCeres', false);
  }, [mode, setValue]);

  const create = useCreateItem(kind);
  const update = useUpdateItem(kind, current?.item.id ?? '');
  const publish = useItemAction(kind);
  const reload = useItem(kind, current?.item.id ?? '');
  const canPublish = !current || ['DRAFT', 'WITHDRAWN', 'EXPIRED'].includes(current.item.status);

  const save = (andPublish: boolean) =>
    handleSubmit(async (values) => {
      clearFormError();
      const sendExpiry = !current || values.expiresOn !== loadedExpiry;
      const body = itemBody(values, itemKind, sendExpiry);
      let saved: Item;
      try {
        if (current && etag) {
          const result = await update.mutateAsync({ body, etag });
          setEtag(result.etag);
          saved = result.item;
        } else {
          saved = await create.mutateAsync(body);
        }
      } catch (error) {
        handleError(error);
        return;
      }
      let notice: ItemNotice = 'saved';
      if (andPublish) {
        try {
          await publish.mutateAsync({ id: saved.id, action: 'publish' });
          notice = 'published';
        } catch {
          // Saved all the same: the item's page says so and offers to publish again.
          notice = 'publishFailed';
        }
      }
      void navigate(`/${kind}/${saved.id}`, { state: { notice } });
    });

  /** After a 412: start again from what the other person saved. */
  const onReload = async () => {
    const { data } = await reload.refetch();
    if (!data) return;
    setEtag(data.etag);
    const values = itemFormFrom(data.item);
    setLoadedExpiry(values.expiresOn);
    reset(values);
    clearFormError();
  };

  const isSaving = formState.isSubmitting;

  return (
    <Form className="form" onSubmit={save(false)} validationBehavior="aria">
      <fieldset className="form__section">
        <legend>{t('itemForm.what')}</legend>
        <TitleDescriptionFields
          control={control}
          titleHelp={t(`itemForm.titleHelp.${kind}`)}
          descriptionHelp={t(`itemForm.descriptionHelp.${kind}`)}
        />
        <CategoryField control={control} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('itemForm.exchange')}</legend>
        <ModeField control={control} />
        {mode && isMarketMode(mode) && <PriceFields control={control} onQuote={onQuote} />}
        {mode && isMarketMode(mode) && itemKind === 'OFFER' && <CeresField control={control} />}
        {mode && !isMarketMode(mode) && (
          <FormTextField
            control={control}
            name="indicativeValue"
            label={t('itemForm.indicativeValue')}
            description={t('itemForm.indicativeValueHelp')}
            inputMode="decimal"
            optional
          />
        )}
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('itemForm.where')}</legend>
        <ReachFields control={control} />
        <FormTextField
          control={control}
          name="availability"
          label={t('itemForm.availability')}
          description={t('itemForm.availabilityHelp', { count: AVAILABILITY_MAX })}
          optional
        />
        <FormTextField
          control={control}
          name="expiresOn"
          type="date"
          label={t('itemForm.expiresOn')}
          description={t('itemForm.expiresOnHelp', { days: DEFAULT_LIFETIME_DAYS, max: MAX_LIFETIME_DAYS })}
          optional
        />
        {itemKind === 'REQUEST' && <NeededByField control={control} />}
      </fieldset>
      <FormAlert error={formError} violations={unmappedViolations} onReload={current ? () => void onReload() : undefined} />
      <p className="hint">{current ? t('itemForm.editNote') : t('itemForm.draftNote')}</p>
      <div className="button-row">
        {canPublish && (
          <Button type="button" isPending={isSaving} onPress={() => void save(true)()}>
            {t('itemForm.saveAndPublish')}
          </Button>
        )}
        <Button type="submit" variant={canPublish ? 'secondary' : 'primary'} isPending={isSaving}>
          {current ? t('itemForm.save') : t('itemForm.saveDraft')}
        </Button>
      </div>
    </Form>
  );
}

/** Market exchanges: a price excluding tax with its unit, or "on quote". */
function PriceFields({ control, onQuote }: { control: FormControl<ItemFormInput>; onQuote: boolean }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'onQuote' });
  return (
    <>
      <Checkbox name={field.name} isSelected={Boolean(field.value)} onChange={field.onChange}>
        {t('itemForm.onQuote')}
      </Checkbox>
      {!onQuote && (
        <div className="form-row">
          <FormTextField
            control={control}
            name="price"
            label={t('itemForm.price')}
            description={t('itemForm.priceHelp')}
            inputMode="decimal"
          />
          <FormSelect
            control={control}
            name="priceUnit"
            label={t('itemForm.priceUnit')}
            placeholder={t('form.choose')}
            options={PRICE_UNITS.map((unit) => ({ id: unit, name: t(`priceUnitOption.${unit}`) }))}
          />
        </div>
      )}
    </>
  );
}

/** A market offer's organisation lets the partner purchasing platform (Ceres) show it. */
function CeresField({ control }: { control: FormControl<ItemFormInput> }) {
  const { t } = useTranslation();
  return (
    <FormCheckbox control={control} name="showOnCeres" description={t('itemForm.showOnCeresHelp')} isRequired={false}>
      {t('itemForm.showOnCeres')}
    </FormCheckbox>
  );
}
