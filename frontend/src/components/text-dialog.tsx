import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useServerErrors } from '@/lib/forms';
import { requiredText } from '@/lib/validation';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormAlert } from './form-alert';
import { FormTextField } from './text-field';

const FIELDS = ['text'];

export type TextDialogProps = {
  title: string;
  label: string;
  description?: string;
  confirmLabel: string;
  /** Said above the text: who will get it, what happens next. */
  children?: ReactNode;
  onClose: () => void;
  /** Sends the text; a refusal's field errors land on it, anything else in the alert. */
  onConfirm: (text: string) => Promise<unknown>;
};

type Props = TextDialogProps & {
  /** The API's name for the text, which its violations name ('reason', 'message'). */
  field: string;
  defaultText?: string;
  maxLength: number;
  rows: number;
  confirmVariant?: 'primary' | 'danger';
};

/** Asks for one text (a reason, a message), required and bounded, then sends it; closes once sent. */
export function TextDialog({
  title,
  label,
  description,
  confirmLabel,
  children,
  onClose,
  onConfirm,
  field,
  defaultText = '',
  maxLength,
  rows,
  confirmVariant = 'primary',
}: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ text: requiredText(t, maxLength) }), [t, maxLength]);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { text: defaultText },
  });
  const mapping = useMemo(() => ({ aliases: { [field]: 'text' } }), [field]);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS, mapping);

  const onSubmit = handleSubmit(async ({ text }) => {
    clearFormError();
    try {
      await onConfirm(text);
      onClose();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      {children}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField control={control} name="text" label={label} description={description} rows={rows} />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={confirmVariant} isPending={formState.isSubmitting}>
            {confirmLabel}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
