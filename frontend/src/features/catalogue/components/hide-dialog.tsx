import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '@/components/reason-dialog';

type HideDialogProps = {
  title: string;
  onClose: () => void;
  onHide: (reason: string) => Promise<unknown>;
};

/** Asks why: the reason is emailed to the item's author and shown to its organisation. */
export function HideDialog({ title, onClose, onHide }: HideDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('moderate.hideTitle', { title })}
      label={t('moderate.reason')}
      description={t('moderate.reasonHelp')}
      confirmLabel={t('moderate.confirmHide')}
      maxLength={1000}
      onClose={onClose}
      onConfirm={onHide}
    />
  );
}
