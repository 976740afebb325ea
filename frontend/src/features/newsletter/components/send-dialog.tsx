import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { useNewsletter, useSendNewsletter } from '../api/newsletters';
import { SendProgress } from './send-progress';

type SendDialogProps = {
  id: string;
  title: string;
  /** Unsaved changes are saved before sending. */
  willSave: boolean;
  /** Saves what needs saving; the version to send, or null when saving failed (the editor says why). */
  prepare: () => Promise<string | null>;
  onClose: () => void;
};

/** Asks before sending an issue to every subscriber, then follows the sending until it is done. */
export function SendDialog({ id, title, willSave, prepare, onClose }: SendDialogProps) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('newsletter');
  // Asked again every second while it is being sent.
  const issue = useNewsletter(id);
  const send = useSendNewsletter(id);
  const [started, setStarted] = useState(false);
  const [saving, setSaving] = useState(false);
  const newsletter = issue.data?.newsletter;

  const confirm = async () => {
    setSaving(true);
    const etag = await prepare().finally(() => setSaving(false));
    if (!etag) {
      onClose();
      return;
    }
    try {
      await send.mutateAsync(etag);
      setStarted(true);
    } catch {
      // Said in the dialog (send.error).
    }
  };

  return (
    <Dialog title={tx('send.title', { title })} isOpen onOpenChange={(open) => !open && onClose()}>
      {started && newsletter ? (
        <>
          <SendProgress newsletter={newsletter} />
          <p className="hint">{newsletter.status === 'SENT' ? tx('send.doneHint') : tx('send.closeHint')}</p>
          <div className="dialog__actions">
            <Button variant={newsletter.status === 'SENT' ? 'primary' : 'secondary'} onPress={onClose}>
              {tx('send.close')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>{tx('send.everyone')}</p>
          <p>{tx('send.irreversible')}</p>
          {willSave && <p className="alert alert--info">{tx('send.willSave')}</p>}
          <FormAlert error={send.error} />
          <div className="dialog__actions">
            <Button variant="secondary" onPress={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onPress={() => void confirm()} isPending={saving || send.isPending}>
              {tx('send.confirm')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
