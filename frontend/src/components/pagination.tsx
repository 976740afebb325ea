import { useTranslation } from 'react-i18next';
import { Button } from './button';

type PaginationProps = {
  /** Zero-based, as the API counts. */
  page: number;
  size: number;
  total: number;
  /** How many results the API lets one page through, when it bounds them. */
  browsable?: number;
  onPageChange: (page: number) => void;
};

export function Pagination({ page, size, total, browsable, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const bounded = browsable !== undefined && total > browsable;
  const pageCount = Math.ceil((bounded ? browsable : total) / size);
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <Button variant="secondary" isDisabled={page <= 0} onPress={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <span className="pagination__status">{t('pagination.status', { page: page + 1, count: pageCount })}</span>
      <Button variant="secondary" isDisabled={page >= pageCount - 1} onPress={() => onPageChange(page + 1)}>
        {t('pagination.next')}
      </Button>
      {bounded && <p className="pagination__bound">{t('pagination.bounded', { count: browsable })}</p>}
    </nav>
  );
}
