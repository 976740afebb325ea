import { useTranslation } from 'react-i18next';
import type { ExchangeStatus } from '@/lib/api/types';

/** PENDING → status-badge--exchange-pending… (coloured like the hotline's statuses). */
export function ExchangeStatusBadge({ status }: { status: ExchangeStatus }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <span className={`status-badge status-badge--exchange-${status.toLowerCase()}`}>{tx(`status.${status}`)}</span>
  );
}
