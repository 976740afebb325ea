import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { useSession } from '@/lib/auth/auth-provider';
import type { HomeNotice } from '@/lib/auth/next-path';
import { useServerErrors } from '@/lib/forms';
import { useEraseMyAccount } from '../api/personal-data';

const FIELDS = ['password'];

/** The account's danger zone: erasing it, after a dialog that says what goes and what stays. */
export function EraseAccount() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <p>{t('account.erase.intro')}</p>
      <div className="button-row">
        <Button variant="danger" onPress={() => setOpen(true)}>
          {t('account.erase.open')}
        </Button>
      </div>
      {isOpen && <EraseAccountDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function EraseAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const schema = useMemo(() => z.object({ password: z.string().min(1, t('validation.required')) }), [t]);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { password: '' },
  });
  const erase = useEraseMyAccount();
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ password }) => {
    clearFormError();
    try {
      await erase.mutateAsync({ password });
    } catch (error) {
      // A wrong password lands on its field; the last admin of an organisation (409) reads why in the alert.
      handleError(error);
      return;
    }
    // Every session ended on the server: forget this one too, as signing out does.
    await session.signOut();
    const notice: HomeNotice = 'accountErased';
    void navigate('/', { state: { notice } });
  });

  return (
    <Dialog
      title={t('account.erase.title')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      // The password typed would be lost to a stray click.
      isDismissable={false}
    >
      <p>{t('account.erase.erased')}</p>
      <p>{t('account.erase.kept')}</p>
      <p>
        <strong>{t('account.erase.irreversible')}</strong>
      </p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="password"
          label={t('account.erase.password')}
          description={t('account.erase.passwordHelp')}
          type="password"
          autoComplete="current-password"
        />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div className="dialog__actions">
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" isPending={formState.isSubmitting}>
            {t('account.erase.confirm')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
