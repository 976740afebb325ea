import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { DirectoryResults } from '../components/directory-results';
import { DirectorySearch } from '../components/directory-search';
import { useDirectoryFilters } from '../hooks/use-directory-filters';

export function DirectoryRoute() {
  const { t } = useTranslation();
  const { filters, update, reset } = useDirectoryFilters();
  return (
    <Page title={t('directory.title')} intro={<p>{t('directory.intro')}</p>}>
      <DirectorySearch filters={filters} onChange={update} onReset={reset} />
      <DirectoryResults
        filters={filters}
        onReset={reset}
        onPageChange={(page) => {
          update({ page });
          window.scrollTo({ top: 0 });
        }}
      />
    </Page>
  );
}
