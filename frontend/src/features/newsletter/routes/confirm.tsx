import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSendOnce } from '@/lib/use-send-once';
import { useConfirmSubscription } from '../api/subscriptions';

/** The link of the confirmation email: the address is confirmed on arrival (no sign-in). */
export function ConfirmRoute() {
  const { t: tx } = useTranslation('newsletter');
  const token = useParams().token ?? '';
  const confirm = useConfirmSubscription();
  useSendOnce(confirm.mutate, token);

  let body;
  if (confirm.isSuccess) {
    body = (
      <div className="alert alert--success" role="status">
        <p className="alert__title">{tx('confirm.done')}</p>
        <p>{tx('confirm.doneDetail', { email: confirm.data.email })}</p>
      </div>
    );
  } else if (confirm.isError && isProblemError(confirm.error, 410)) {
    body = (
      <div className="alert alert--info" role="alert">
        <p className="alert__title">{tx('confirm.expired')}</p>
        <p>{tx('confirm.expiredDetail')}</p>
      </div>
    );
  } else if (confirm.isError && isProblemError(confirm.error, 404)) {
    body = (
      <div className="alert alert--error" role="alert">
        <p className="alert__title">{tx('confirm.unknown')}</p>
        <p>{tx('confirm.unknownDetail')}</p>
      </div>
    );
  } else if (confirm.isError) {
    body = <LoadError error={confirm.error} onRetry={() => confirm.mutate(token)} />;
  } else {
    body = <Loading label={tx('confirm.pending')} />;
  }

  return (
    <Page title={tx('confirm.title')} width="narrow">
      {body}
      <p>
        <Link to="/newsletter">{tx('confirm.toArchive')}</Link>
      </p>
    </Page>
  );
}
