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

type RejectDialogProps = {
  organisationName: string;
  onClose: () => void;
  onReject: (reason: string) => Promise<unknown>;
};

/** Asks why: the reason is emailed to the organisation. */
export function RejectDialog({ organisationName, onClose, onReject }: RejectDialogProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ reason: z.string().trim().min(1, t('validation.required')) }), [t]);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const { formError, unmappedViolations, handleError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ reason }) => {
    try {
      await onReject(reason);
      onClose();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Dialog
      title={t('joinRequests.rejectTitle', { name: organisationName })}
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="reason"
          label={t('joinRequests.reason')}
          description={t('joinRequests.reasonHelp')}
          rows={4}
        />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" isPending={formState.isSubmitting}>
            {t('joinRequests.confirmReject')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
