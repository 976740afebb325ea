import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/text-field';
import type { PartnerCredentials } from '@/lib/api/types';

/** Where partners exchange their client id and secret for a token. */
export function tokenUrl() {
  return `${window.location.origin}/api/v1/oauth/token`;
}

type CredentialsDialogProps = {
  credentials: PartnerCredentials;
  /** After a registration or a rotation (the title and the words differ). */
  reason: 'registered' | 'rotated';
  /** Closing forgets the secret: nobody can see it again. */
  onClose: () => void;
};

/** The client id and the secret, shown this once, to copy and hand over to the partner. */
export function CredentialsDialog({ credentials, reason, onClose }: CredentialsDialogProps) {
  const { t: tx } = useTranslation('partners');
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const url = tokenUrl();

  const copy = async (text: string, what: string) => {
    setCopied(null);
    setFailed(false);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      // No clipboard (an old browser, an insecure page): the text stays there to select.
      setFailed(true);
    }
  };

  const rows = [
    { label: tx('credentials.clientId'), value: credentials.clientId, copyLabel: tx('credentials.copyClientId') },
    { label: tx('credentials.clientSecret'), value: credentials.clientSecret, copyLabel: tx('credentials.copySecret') },
    { label: tx('credentials.tokenUrl'), value: url, copyLabel: tx('credentials.copyTokenUrl') },
  ];

  return (
    // Not dismissed by a click beside it: the secret would be lost before being copied.
    <Dialog
      title={tx(`credentials.title.${reason}`, { name: credentials.client.name })}
      isOpen
      isDismissable={false}
      onOpenChange={(open) => !open && onClose()}
    >
      <div className="alert alert--warning" role="note">
        <p className="alert__title">{tx('credentials.once')}</p>
        <p>{tx('credentials.onceDetail')}</p>
      </div>
      {rows.map((row) => (
        <div key={row.label} className="credential-row">
          <TextField label={row.label} value={row.value} isReadOnly />
          <Button variant="secondary" onPress={() => void copy(row.value, row.label)}>
            {row.copyLabel}
          </Button>
        </div>
      ))}
      <p className="hint">{tx('credentials.guide')}</p>
      <div role="status" className="status-line">
        {copied && <p className="alert alert--success">{tx('credentials.copied', { what: copied })}</p>}
        {failed && <p className="alert alert--info">{tx('credentials.copyFailed')}</p>}
      </div>
      <div className="dialog__actions">
        <Button onPress={onClose}>{tx('credentials.done')}</Button>
      </div>
    </Dialog>
  );
}
