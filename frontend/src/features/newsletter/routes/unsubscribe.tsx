import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSetSubscription, useSubscription } from '../api/subscriptions';

/** The unsubscribe link of every issue (no sign-in): one button, and a way back in. */
export function UnsubscribeRoute() {
  const { t: tx } = useTranslation('newsletter');
  const token = useParams().token ?? '';
  const subscription = useSubscription(token);
  const change = useSetSubscription(token);
  // What the last press did, said once it is done.
  const [done, setDone] = useState<'unsubscribed' | 'subscribed' | null>(null);

  const set = (subscribed: boolean) => {
    setDone(null);
    change.mutate(subscribed, { onSuccess: () => setDone(subscribed ? 'subscribed' : 'unsubscribed') });
  };

  let body;
  if (subscription.isPending) body = <Loading />;
  else if (subscription.isError && isProblemError(subscription.error, 404)) {
    body = (
      <div className="alert alert--error" role="alert">
        <p className="alert__title">{tx('unsubscribe.unknown')}</p>
        <p>{tx('unsubscribe.unknownDetail')}</p>
      </div>
    );
  } else if (subscription.isError) {
    body = <LoadError error={subscription.error} onRetry={() => void subscription.refetch()} />;
  } else {
    const { email, subscribed } = subscription.data;
    body = (
      <>
        <p>{tx('unsubscribe.address', { email })}</p>
        <div role="status" className="status-line">
          {done === 'unsubscribed' && (
            <div className="alert alert--success">
              <p className="alert__title">{tx('unsubscribe.done')}</p>
              <p>{tx('unsubscribe.doneDetail')}</p>
            </div>
          )}
          {done === 'subscribed' && <p className="alert alert--success">{tx('unsubscribe.resubscribed')}</p>}
        </div>
        {subscribed ? (
          <>
            {done === null && <p>{tx('unsubscribe.subscribed')}</p>}
            <Button variant="danger" isPending={change.isPending} onPress={() => set(false)}>
              {tx('unsubscribe.unsubscribe')}
            </Button>
          </>
        ) : (
          <>
            {done === null && <p>{tx('unsubscribe.notSubscribed')}</p>}
            <Button variant="secondary" isPending={change.isPending} onPress={() => set(true)}>
              {tx('unsubscribe.subscribeAgain')}
            </Button>
          </>
        )}
        <FormAlert error={change.error} />
      </>
    );
  }

  return (
    <Page title={tx('unsubscribe.title')} width="narrow">
      {body}
      <p>
        <Link to="/newsletter">{tx('confirm.toArchive')}</Link>
      </p>
    </Page>
  );
}
