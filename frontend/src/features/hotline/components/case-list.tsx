import { useTranslation } from 'react-i18next';
import { PagedList } from '@/components/paged-list';
import { useSession } from '@/lib/auth/auth-provider';
import { CASES_PAGE_SIZE, useCases, type CaseFilters } from '../api/hotline';
import { CaseCard } from './case-card';

type CaseListProps = {
  filters: CaseFilters;
  onPageChange: (page: number) => void;
};

/** The needs matching the filters, most urgent first (the API's order). */
export function CaseList({ filters, onPageChange }: CaseListProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const cases = useCases(filters, me?.id);

  return (
    <section aria-labelledby="board-cases" aria-busy={cases.isFetching}>
      <h2 id="board-cases">{t('hotline.cases.title')}</h2>
      <PagedList
        query={cases}
        pageSize={CASES_PAGE_SIZE}
        onPageChange={onPageChange}
        empty={t('hotline.cases.empty')}
        header={(page) => (
          <p className="directory-results__count" role="status">
            {t('hotline.cases.count', { count: page.total })}
          </p>
        )}
        layout="stack"
        itemKey={(summary) => summary.requestId}
        renderItem={(summary) => <CaseCard summary={summary} />}
      />
    </section>
  );
}
