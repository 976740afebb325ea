import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { criteriaFrom, kindOf, type CatalogueFilters, type KindPath } from '@/lib/catalogue';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { requiredText } from '@/lib/validation';
import { useSaveSearch } from '../api/search';

const FIELDS = fieldPaths({ name: '' });
const NAME_MAX = 100;

type SaveSearchDialogProps = {
  kind: KindPath;
  filters: CatalogueFilters;
  onClose: () => void;
  onSaved: () => void;
};

/** Names the current search; its new matches then come by email every day. */
export function SaveSearchDialog({ kind, filters, onClose, onSaved }: SaveSearchDialogProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ name: requiredText(t, NAME_MAX) }), [t]);
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: filters.q.trim().slice(0, NAME_MAX) },
  });
  const save = useSaveSearch();
  const { formError, unmappedViolations, handleError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ name }) => {
    try {
      await save.mutateAsync({ name, kind: kindOf(kind), criteria: criteriaFrom(filters) });
      onSaved();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Dialog title={t('saveSearch.title')} isOpen onOpenChange={(open) => !open && onClose()}>
      <p>{t('saveSearch.intro')}</p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="name"
          label={t('saveSearch.name')}
          description={t('saveSearch.nameHelp')}
        />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" isPending={save.isPending}>
            {t('saveSearch.submit')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
