import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog';
import { usePartnerClient, useUpdatePartnerClient, type VersionedPartnerClient } from '../api/partner-clients';
import { PartnerForm } from './partner-form';
import { partnerBody, partnerFormFrom } from './partner-form-schema';

type EditDialogProps = {
  /** The client as read when the dialog opened: saving sends its version as If-Match. */
  current: VersionedPartnerClient;
  onClose: () => void;
  onSaved: () => void;
};

/** Changes a partner's name, contact, rights or limit, unless someone changed it meanwhile. */
export function EditDialog({ current, onClose, onSaved }: EditDialogProps) {
  const { t: tx } = useTranslation('partners');
  const [read, setRead] = useState(current);
  // A new key starts the form again from what was reloaded.
  const [formKey, setFormKey] = useState(0);
  const update = useUpdatePartnerClient(current.client.id);
  const reload = usePartnerClient(current.client.id);

  /** After a 412: start again from what the other person saved. */
  const onReload = async () => {
    const { data } = await reload.refetch();
    if (!data) return;
    setRead(data);
    setFormKey((key) => key + 1);
  };

  return (
    <Dialog title={tx('edit.title', { name: read.client.name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <PartnerForm
        key={formKey}
        initial={partnerFormFrom(read.client)}
        submitLabel={tx('edit.submit')}
        save={async (values) => {
          await update.mutateAsync({ body: partnerBody(values, read.client.active), etag: read.etag });
          onSaved();
        }}
        onCancel={onClose}
        onReload={() => void onReload()}
      />
    </Dialog>
  );
}
