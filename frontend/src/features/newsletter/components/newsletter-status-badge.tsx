import { useTranslation } from 'react-i18next';
import type { NewsletterStatus } from '@/lib/api/types';

const CLASS: Record<NewsletterStatus, string> = {
  DRAFT: 'status-badge--draft',
  SENDING: 'status-badge--proposed',
  SENT: 'status-badge--published',
};

export function NewsletterStatusBadge({ status }: { status: NewsletterStatus }) {
  const { t: tx } = useTranslation('newsletter');
  return <span className={`status-badge ${CLASS[status]}`}>{tx(`status.${status}`)}</span>;
}
