import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { formatDateTime, formatMonth } from '@/lib/format';
import { useNewsletter } from '../api/newsletters';
import { NewsletterEditor } from '../components/newsletter-editor';
import { NewsletterStatusBadge } from '../components/newsletter-status-badge';
import { SendDialog } from '../components/send-dialog';
import { SendProgress } from '../components/send-progress';

type Sending = { prepare: () => Promise<string | null>; willSave: boolean };

/** An issue for animators: the draft's editor, or how its sending went. */
export function NewsletterEditRoute() {
  const { t: tx } = useTranslation('newsletter');
  const id = useParams().id ?? '';
  const query = useNewsletter(id);
  // The dialog outlives the editor: once sent, the page shows the issue's progress instead.
  const [sending, setSending] = useState<Sending | null>(null);
  const newsletter = query.data?.newsletter;

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError && isProblemError(query.error, 404)) body = <p>{tx('editor.notFound')}</p>;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.newsletter.status === 'DRAFT' && query.data.newsletter.actions.includes('EDIT')) {
    body = (
      <NewsletterEditor
        key={id}
        current={query.data}
        onSend={(prepare, willSave) => setSending({ prepare, willSave })}
      />
    );
  } else {
    const issue = query.data.newsletter;
    body = (
      <section className="panel" aria-labelledby="issue-sending">
        <h2 id="issue-sending">{tx('editor.sending')}</h2>
        {issue.sentAt && <p>{tx('editor.sentAt', { date: formatDateTime(issue.sentAt) })}</p>}
        <SendProgress newsletter={issue} />
        {issue.status === 'SENT' && (
          <p>
            <Link to={`/newsletter/${issue.id}`}>{tx('editor.readOnline')}</Link>
          </p>
        )}
      </section>
    );
  }

  return (
    <Page
      title={newsletter?.title ?? tx('editor.title')}
      intro={
        newsletter && (
          <p>
            <NewsletterStatusBadge status={newsletter.status} />{' '}
            {tx('editor.covers', { month: formatMonth(newsletter.figures.month) })}
          </p>
        )
      }
    >
      {body}
      <p>
        <Link to="/newsletters">{tx('editor.back')}</Link>
      </p>
      {sending && newsletter && (
        <SendDialog
          id={id}
          title={newsletter.title}
          willSave={sending.willSave}
          prepare={sending.prepare}
          onClose={() => setSending(null)}
        />
      )}
    </Page>
  );
}
