import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { formatDateTime, formatMonth } from '@/lib/format';
import { NEWSLETTERS_PAGE_SIZE, useComposeNewsletter, useNewsletters } from '../api/newsletters';
import { currentParisMonth } from '../components/edit-model';
import { NewsletterStatusBadge } from '../components/newsletter-status-badge';

/** Animators' list of issues, drafts and sent ones, and this month's draft to compose when there is none. */
export function NewslettersRoute() {
  const { t: tx } = useTranslation('newsletter');
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const issues = useNewsletters(page);
  const compose = useComposeNewsletter();
  const month = currentParisMonth();
  // Newest month first: this month's issue, when there is one, is on the first page.
  const needsDraft = page === 0 && issues.isSuccess && !issues.data.items.some((issue) => issue.month === month);

  const composeNow = () =>
    compose.mutate(month, {
      onSuccess: (result) => void navigate(`/newsletters/${result.newsletter.id}/edit`),
      // Composed meanwhile by someone else (409): the list shows it.
      onError: () => void issues.refetch(),
    });

  return (
    <Page title={tx('editorList.title')} intro={<p>{tx('editorList.intro')}</p>}>
      <div className="page-actions">
        {needsDraft && (
          <Button onPress={composeNow} isPending={compose.isPending}>
            {tx('editorList.compose', { month: formatMonth(month) })}
          </Button>
        )}
        <ButtonLink variant="secondary" to="/posts-of-the-day">
          {tx('post.title')}
        </ButtonLink>
        <ButtonLink variant="secondary" to="/newsletter">
          {tx('editorList.archive')}
        </ButtonLink>
      </div>
      <FormAlert error={compose.error} />
      <PagedList
        query={issues}
        pageSize={NEWSLETTERS_PAGE_SIZE}
        onPageChange={setPage}
        empty={tx('editorList.none')}
        layout="stack"
        itemKey={(issue) => issue.id}
        renderItem={(issue) => (
          <article className="card issue-row">
            <h2 className="issue-row__title">
              <Link to={`/newsletters/${issue.id}/edit`}>{issue.title}</Link>
            </h2>
            <p className="issue-row__meta">
              <NewsletterStatusBadge status={issue.status} />{' '}
              {issue.sentAt
                ? tx('editorList.sentAt', { date: formatDateTime(issue.sentAt) })
                : tx('editorList.month', { month: formatMonth(issue.month) })}
            </p>
          </article>
        )}
      />
    </Page>
  );
}
