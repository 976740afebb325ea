import { useTranslation } from 'react-i18next';

/** Whether a partner's tokens work. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t: tx } = useTranslation('partners');
  return (
    <span className={`status-badge ${active ? 'status-badge--published' : 'status-badge--hidden'}`}>
      {tx(active ? 'status.active' : 'status.inactive')}
    </span>
  );
}
