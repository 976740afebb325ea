import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '@/components/pagination';
import { LoadError, Loading } from '@/components/query-state';
import { formatDay } from '@/lib/format';
import { POSTS_PAGE_SIZE, usePostHistory } from '../api/posts-of-the-day';
import { PostStatusBadge } from './post-status-badge';

/** Past posts, newest first, with the exchanges declared as born from each. */
export function PostHistory() {
  const { t: tx } = useTranslation('newsletter');
  const [page, setPage] = useState(0);
  const history = usePostHistory(page);

  let body;
  if (history.isPending) body = <Loading />;
  else if (history.isError) body = <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.items.length === 0) body = <p className="empty-state">{tx('history.none')}</p>;
  else {
    body = (
      <>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{tx('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tx('history.day')}</th>
                <th scope="col">{tx('history.subject')}</th>
                <th scope="col">{tx('history.status')}</th>
                <th scope="col">{tx('history.exchanges')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((post) => (
                <tr key={post.id}>
                  <td>{formatDay(post.day)}</td>
                  <td>
                    <a href={post.subject.link}>{post.subject.title}</a>
                    <br />
                    <span className="hint">
                      {tx(`post.kinds.${post.subject.kind}`)} · {post.subject.organisation}
                    </span>
                  </td>
                  <td>
                    <PostStatusBadge status={post.status} />
                  </td>
                  <td>{post.exchanges}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination
          page={history.data.page}
          size={history.data.size || POSTS_PAGE_SIZE}
          total={history.data.total}
          onPageChange={setPage}
        />
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="post-history">
      <h2 id="post-history">{tx('history.title')}</h2>
      {body}
    </section>
  );
}
