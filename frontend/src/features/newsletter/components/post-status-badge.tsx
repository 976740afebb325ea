import { useTranslation } from 'react-i18next';
import type { PostStatus } from '@/lib/api/types';

const CLASS: Record<PostStatus, string> = {
  PROPOSED: 'status-badge--proposed',
  ACCEPTED: 'status-badge--accepted',
  SKIPPED: 'status-badge--draft',
};

export function PostStatusBadge({ status }: { status: PostStatus }) {
  const { t: tx } = useTranslation('newsletter');
  return <span className={`status-badge ${CLASS[status]}`}>{tx(`postStatus.${status}`)}</span>;
}
