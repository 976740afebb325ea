import { useController, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCategories } from '@/lib/api/reference-data';
import { MARKET_MODES, NON_MARKET_MODES, REACHES, type ItemMode, type Reach, type TerritoryRef } from '@/lib/api/types';
import { territoryKindFor } from '@/lib/catalogue';
import type { FormControl } from '@/lib/forms';
import { LoadError } from './query-state';
import { RadioGroup } from './radio-group';
import { FormSelect } from './select';
import { TerritoryComboBox } from './territory-combo-box';
import { FormTextField } from './text-field';

/*
 * Fields of an offer or a request that several forms share (the catalogue's item form,
 * the hotline's "new need"): each is bound to a field of the same name in the form
 * ('@/lib/item-fields-schema' validates them).
 */

type TextValues = { title?: string; description?: string };

/** The title and the description; their help says what makes a good one. */
export function TitleDescriptionFields<T extends FieldValues & TextValues>({
  control,
  titleHelp,
  descriptionHelp,
}: {
  control: FormControl<T>;
  titleHelp: string;
  descriptionHelp: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField control={control} name={'title' as Path<T>} label={t('itemForm.title')} description={titleHelp} />
      <FormTextField
        control={control}
        name={'description' as Path<T>}
        label={t('itemForm.description')}
        description={descriptionHelp}
        rows={6}
      />
    </>
  );
}

/** A request's optional day it is needed by. */
export function NeededByField<T extends FieldValues & { neededBy?: string }>({ control }: { control: FormControl<T> }) {
  const { t } = useTranslation();
  return (
    <FormTextField
      control={control}
      name={'neededBy' as Path<T>}
      type="date"
      label={t('itemForm.neededBy')}
      description={t('itemForm.neededByHelp')}
      optional
    />
  );
}

type CategoryValues = { categoryCode?: string };

/** Two levels: a sub-category, under its top category's heading. */
export function CategoryField<T extends FieldValues & CategoryValues>({ control }: { control: FormControl<T> }) {
  const { t } = useTranslation();
  const categories = useCategories();
  if (categories.isError) return <LoadError error={categories.error} onRetry={() => void categories.refetch()} />;
  return (
    <FormSelect
      control={control}
      name={'categoryCode' as Path<T>}
      label={t('itemForm.category')}
      placeholder={t('form.choose')}
      sections={(categories.data ?? []).map((top) => ({
        id: `section-${top.code}`,
        name: top.name,
        options:
          top.children.length > 0
            ? top.children.map((child) => ({ id: child.code, name: child.name }))
            : [{ id: top.code, name: top.name }],
      }))}
    />
  );
}

type ModeValues = { mode?: ItemMode };

/** The eight modes, market ones (with a price) apart from the free ones. */
export function ModeField<T extends FieldValues & ModeValues>({
  control,
  description,
}: {
  control: FormControl<T>;
  description?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormSelect
      control={control}
      name={'mode' as Path<T>}
      label={t('itemForm.mode')}
      description={description ?? t('itemForm.modeHelp')}
      placeholder={t('form.choose')}
      sections={[
        {
          id: 'market',
          name: t('itemForm.marketModes'),
          options: MARKET_MODES.map((id) => ({ id, name: t(`itemMode.${id}`) })),
        },
        {
          id: 'non-market',
          name: t('itemForm.nonMarketModes'),
          options: NON_MARKET_MODES.map((id) => ({ id, name: t(`itemMode.${id}`) })),
        },
      ]}
    />
  );
}

type ReachValues = { reach?: Reach; reachTerritory?: TerritoryRef | null };

/** How far the item reaches, and the commune, EPCI or département it names. */
export function ReachFields<T extends FieldValues & ReachValues>({ control }: { control: FormControl<T> }) {
  const { t } = useTranslation();
  const reach = useController({ control, name: 'reach' as Path<T> });
  const territory = useController({ control, name: 'reachTerritory' as Path<T> });
  const territoryKind = territoryKindFor(reach.field.value as Reach | undefined);
  return (
    <>
      <RadioGroup<Reach>
        label={t('itemForm.reach')}
        description={t('itemForm.reachHelp')}
        name={reach.field.name}
        value={reach.field.value ?? null}
        onChange={(value) => {
          reach.field.onChange(value);
          // A commune does not answer "which département?": choose again.
          if (territoryKindFor(value) !== territoryKind) territory.field.onChange(null);
        }}
        inputRef={reach.field.ref}
        errorMessage={reach.fieldState.error?.message}
        options={REACHES.map((id) => ({ id, name: t(`reach.${id}`) }))}
        isRequired
      />
      {territoryKind && (
        <TerritoryComboBox
          // Another kind of territory is another search.
          key={territoryKind}
          label={t(`itemForm.territory.${territoryKind}`)}
          description={t('itemForm.territoryHelp')}
          kind={territoryKind}
          value={territory.field.value ?? null}
          onChange={territory.field.onChange}
          inputRef={territory.field.ref}
          errorMessage={territory.fieldState.error?.message}
          isRequired
        />
      )}
    </>
  );
}
