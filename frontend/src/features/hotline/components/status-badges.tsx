import { useTranslation } from 'react-i18next';
import { cx } from '@/components/class-names';
import type { CaseStatus, IntroductionStatus } from '@/lib/api/types';

/** A status, coloured by its class ('EXCHANGE_MADE' → status-badge--exchange-made). */
function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={cx('status-badge', `status-badge--${status.toLowerCase().replaceAll('_', '-')}`)}>{label}</span>;
}

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`caseStatus.${status}`)} />;
}

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`introductionStatus.${status}`)} />;
}
