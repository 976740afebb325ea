import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog';
import type { PartnerCredentials } from '@/lib/api/types';
import { useRegisterPartnerClient } from '../api/partner-clients';
import { PartnerForm } from './partner-form';
import { emptyPartnerForm, partnerBody } from './partner-form-schema';

type RegisterDialogProps = {
  onClose: () => void;
  /** The new partner's credentials, to show once. */
  onRegistered: (credentials: PartnerCredentials) => void;
};

/** Registers a partner platform: it gets a client id and a secret. */
export function RegisterDialog({ onClose, onRegistered }: RegisterDialogProps) {
  const { t: tx } = useTranslation('partners');
  const register = useRegisterPartnerClient();
  return (
    <Dialog title={tx('register.title')} isOpen onOpenChange={(open) => !open && onClose()}>
      <p className="hint">{tx('register.intro')}</p>
      <PartnerForm
        initial={emptyPartnerForm()}
        submitLabel={tx('register.submit')}
        save={async (values) => onRegistered(await register.mutateAsync(partnerBody(values, true)))}
        onCancel={onClose}
      />
    </Dialog>
  );
}
