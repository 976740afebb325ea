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
import { fieldPaths, useServerErrors } from '@/lib/forms';

const DEFAULTS = { reason: '' };
const FIELDS = fieldPaths(DEFAULTS);
const REASON_MAX = 1000;

type HideDialogProps = {
  title: string;
  onClose: () => void;
  onHide: (reason: string) => Promise<unknown>;
};

/** Asks why: the reason is emailed to the item's author and shown to its organisation. */
export function HideDialog({ title, onClose, onHide }: HideDialogProps) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(REASON_MAX, t('validation.maxLength', { count: REASON_MAX })),
      }),
    [t],
  );
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const { formError, unmappedViolations, handleError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ reason }) => {
    try {
      await onHide(reason);
      onClose();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Dialog title={t('moderate.hideTitle', { title })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="reason"
          label={t('moderate.reason')}
          description={t('moderate.reasonHelp')}
          rows={4}
        />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" isPending={formState.isSubmitting}>
            {t('moderate.confirmHide')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
