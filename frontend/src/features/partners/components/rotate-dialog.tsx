import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import type { PartnerClient, PartnerCredentials } from '@/lib/api/types';
import { useRotatePartnerSecret } from '../api/partner-clients';

type RotateDialogProps = {
  client: PartnerClient;
  onClose: () => void;
  /** The new secret, to show once. */
  onRotated: (credentials: PartnerCredentials) => void;
};

/** Asks before replacing a partner's secret: the old one and its tokens stop at once. */
export function RotateDialog({ client, onClose, onRotated }: RotateDialogProps) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('partners');
  const rotate = useRotatePartnerSecret(client.id);
  return (
    <Dialog title={tx('rotate.title', { name: client.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <p>{tx('rotate.warning')}</p>
      <p>{tx('rotate.handOver')}</p>
      <FormAlert error={rotate.error} />
      <div className="dialog__actions">
        <Button variant="secondary" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          isPending={rotate.isPending}
          onPress={() => rotate.mutate(undefined, { onSuccess: onRotated })}
        >
          {tx('rotate.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
