import { useTranslation } from 'react-i18next';
import type { FieldValues, Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { CharterText } from '@/components/charter-text';
import { FormCheckbox } from '@/components/checkbox';
import { LoadError, Loading } from '@/components/query-state';
import type { useCharter } from '@/lib/api/reference-data';

type CharterAcceptanceProps<T extends FieldValues> = {
  control: FormControl<T>;
  name: Path<T>;
  charter: ReturnType<typeof useCharter>;
};

/** The charter to read, in a scrollable box, and the box to tick. */
export function CharterAcceptance<T extends FieldValues>({ control, name, charter }: CharterAcceptanceProps<T>) {
  const { t } = useTranslation();
  if (charter.isPending) return <Loading />;
  if (charter.isError) return <LoadError error={charter.error} onRetry={() => void charter.refetch()} />;
  return (
    <>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="charter-box" tabIndex={0} role="region" aria-label={charter.data.title}>
        <CharterText charter={charter.data} headingLevel={3} />
      </div>
      <FormCheckbox control={control} name={name}>
        {t('charter.accept', { version: charter.data.version })}
      </FormCheckbox>
    </>
  );
}
