import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { isLanguage } from '@/lib/i18n';
import { useRenderedNewsletter } from '../api/newsletters';
import { IssueFrame } from '../components/issue-frame';

/** A sent issue, as its readers got it, in the language of the screen. */
export function IssueRoute() {
  const { t: tx, i18n } = useTranslation('newsletter');
  const id = useParams().id ?? '';
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const rendered = useRenderedNewsletter(id, language);

  let body;
  if (rendered.isPending) body = <Loading />;
  else if (rendered.isError && isProblemError(rendered.error, 404)) body = <p>{tx('issue.notFound')}</p>;
  else if (rendered.isError) body = <LoadError error={rendered.error} onRetry={() => void rendered.refetch()} />;
  else {
    body = (
      <IssueFrame
        html={rendered.data.html}
        title={tx('issue.frameTitle', { subject: rendered.data.subject })}
        linksOpen
        className="issue-frame--reading"
      />
    );
  }

  return (
    <Page title={rendered.data?.subject ?? tx('archive.title')}>
      {body}
      <p>
        <Link to="/newsletter">{tx('issue.back')}</Link>
      </p>
    </Page>
  );
}
