import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { useSession } from '@/lib/auth/auth-provider';
import { formatDate, formatMonth } from '@/lib/format';
import { NEWSLETTERS_PAGE_SIZE, useNewsletters } from '../api/newsletters';
import { FeedLinks } from '../components/feed-links';
import { SubscribeForm } from '../components/subscribe-form';

/** The web archive (anyone): the issues sent so far, the subscription form and the feeds. */
export function ArchiveRoute() {
  const { t: tx } = useTranslation('newsletter');
  const [page, setPage] = useState(0);
  const issues = useNewsletters(page, { sentOnly: true });
  const session = useSession();

  return (
    <Page title={tx('archive.title')} intro={<p>{tx('archive.intro')}</p>}>
      <div className="newsletter-archive">
        <section className="panel" aria-labelledby="archive-issues">
          <h2 id="archive-issues">{tx('archive.issues')}</h2>
          <PagedList
            query={issues}
            pageSize={NEWSLETTERS_PAGE_SIZE}
            onPageChange={setPage}
            empty={tx('archive.none')}
            layout="stack"
            itemKey={(issue) => issue.id}
            renderItem={(issue) => (
              <article className="issue-row">
                <h3 className="issue-row__title">
                  <Link to={`/newsletter/${issue.id}`}>{issue.title}</Link>
                </h3>
                <p className="issue-row__meta">
                  {issue.sentAt ? tx('archive.sentOn', { date: formatDate(issue.sentAt) }) : formatMonth(issue.month)}
                </p>
              </article>
            )}
          />
        </section>
        <div className="stack">
          <section className="panel" aria-labelledby="archive-subscribe">
            <h2 id="archive-subscribe">{tx('subscribe.title')}</h2>
            <p className="hint">{tx('subscribe.intro')}</p>
            {/* Members get it with their account, and choose there. */}
            {session.status === 'signedIn' && (
              <p className="alert alert--info">
                {tx('subscribe.signedIn')} <Link to="/account">{tx('subscribe.toAccount')}</Link>
              </p>
            )}
            <SubscribeForm />
          </section>
          <FeedLinks />
        </div>
      </div>
    </Page>
  );
}
