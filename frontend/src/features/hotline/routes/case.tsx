import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useArrivalNotice } from '@/lib/use-arrival-notice';
import { useCase } from '../api/hotline';
import { CaseEditor } from '../components/case-editor';
import { CaseIntroductions } from '../components/case-introductions';
import { CaseNeed } from '../components/case-need';
import { CaseNotes } from '../components/case-notes';
import { CaseOrigin } from '../components/case-origin';
import { CaseSuggestions } from '../components/case-suggestions';
import { CaseStatusBadge } from '../components/status-badges';

export function CaseRoute() {
  const requestId = useParams().requestId ?? '';
  // Another need is another page: nothing said about this one carries over.
  return <CasePage key={requestId} requestId={requestId} />;
}

function CasePage({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const query = useCase(requestId);
  const arrivedWith = useArrivalNotice<'received'>();
  // The last thing done here, announced; starts with what the "new need" form did.
  const [done, setDone] = useState<string | null>(arrivedWith ? t('hotline.need.received') : null);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isProblemError(query.error, 404);
    return (
      <Page title={notFound ? t('hotline.case.notFound') : t('hotline.title')} width="narrow">
        {notFound ? (
          <p>{t('hotline.case.notFoundBody')}</p>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
        <p>
          <Link to="/hotline">{t('hotline.backToBoard')}</Link>
        </p>
      </Page>
    );
  }

  const detail = query.data;
  const { summary } = detail;
  return (
    <Page
      title={summary.title}
      intro={
        <p className="profile__meta">
          <CaseStatusBadge status={summary.status} />{' '}
          {t('hotline.case.subtitle', {
            organisation: summary.organisation.name,
            channel: t(`needChannel.${summary.channel}`),
          })}
        </p>
      }
    >
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <div className="item-layout">
        <div className="item-layout__main">
          <CaseNeed detail={detail} />
          <CaseIntroductions detail={detail} onDone={setDone} />
          <CaseSuggestions detail={detail} onDone={setDone} />
        </div>
        <aside className="item-layout__side">
          {detail.origin && <CaseOrigin origin={detail.origin} />}
          <CaseEditor
            // Shows the case as saved whenever it changes (an introduction moves its status).
            key={`${summary.status}/${summary.assignee?.id}/${summary.dueOn}`}
            detail={detail}
            onDone={setDone}
          />
          <CaseNotes detail={detail} onDone={setDone} />
        </aside>
      </div>
      <p>
        <Link to="/hotline">{t('hotline.backToBoard')}</Link>
      </p>
    </Page>
  );
}
