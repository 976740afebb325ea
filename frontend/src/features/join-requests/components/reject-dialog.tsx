import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '@/components/reason-dialog';

type RejectDialogProps = {
  organisationName: string;
  onClose: () => void;
  onReject: (reason: string) => Promise<unknown>;
};

/** Asks why: the reason is emailed to the organisation. */
export function RejectDialog({ organisationName, onClose, onReject }: RejectDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('joinRequests.rejectTitle', { name: organisationName })}
      label={t('joinRequests.reason')}
      description={t('joinRequests.reasonHelp')}
      confirmLabel={t('joinRequests.confirmReject')}
      maxLength={2000}
      onClose={onClose}
      onConfirm={onReject}
    />
  );
}
