import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '@/lib/api/types';
import { Pagination } from './pagination';
import { LoadError, Loading } from './query-state';

type PagedListProps<T> = {
  /** The query of the page shown. */
  query: UseQueryResult<Page<T>>;
  /** The page size asked for, for the pagination when the API does not say. */
  pageSize: number;
  onPageChange: (page: number) => void;
  /** What an empty list says. */
  empty: string;
  /** Above the list (how many there are…). */
  header?: (page: Page<T>) => ReactNode;
  layout: 'stack' | 'card-grid';
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
};

/** A list the API gives page by page: loading, failure (and retry), empty, or a page and the way to the others. */
export function PagedList<T>({
  query,
  pageSize,
  onPageChange,
  empty,
  header,
  layout,
  itemKey,
  renderItem,
}: PagedListProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const page = query.data;
  if (page.items.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <>
      {header?.(page)}
      <ul className={layout}>
        {page.items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      <Pagination page={page.page} size={page.size || pageSize} total={page.total} onPageChange={onPageChange} />
    </>
  );
}
