import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormAlert } from './form-alert';
import { FormTextField } from './text-field';

const DEFAULTS = { reason: '' };
const FIELDS = fieldPaths(DEFAULTS);

type ReasonDialogProps = {
  title: string;
  label: string;
  description: string;
  confirmLabel: string;
  maxLength: number;
  onClose: () => void;
  /** Sends the reason; a refusal's field errors land on the reason. */
  onConfirm: (reason: string) => Promise<unknown>;
};

/** Asks why before a decision that someone is told about (a rejection, a hidden item). */
export function ReasonDialog({ title, label, description, confirmLabel, maxLength, onClose, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(maxLength, t('validation.maxLength', { count: maxLength })),
      }),
    [t, maxLength],
  );
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const { formError, unmappedViolations, handleError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ reason }) => {
    try {
      await onConfirm(reason);
      onClose();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField control={control} name="reason" label={label} description={description} rows={4} />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" isPending={formState.isSubmitting}>
            {confirmLabel}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
