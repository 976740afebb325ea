import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isNothingToPost, useTodayPost } from '../api/posts-of-the-day';
import { PostEditor } from '../components/post-editor';
import { PostHistory } from '../components/post-history';

/** Animators' daily social-media post: today's proposal to accept, adjust or skip, and the past ones. */
export function PostsOfTheDayRoute() {
  const { t: tx } = useTranslation('newsletter');
  const today = useTodayPost();
  // Said above the next proposal, which replaces the skipped one.
  const [skipped, setSkipped] = useState(false);

  let body;
  if (today.isPending) body = <Loading />;
  else if (today.isError && isNothingToPost(today.error)) {
    body = (
      <div className="panel empty-state">
        <p className="alert__title">{tx('post.nothing')}</p>
        <p>{tx('post.nothingDetail')}</p>
      </div>
    );
  } else if (today.isError) body = <LoadError error={today.error} onRetry={() => void today.refetch()} />;
  else {
    // Keyed by post: the next proposal is a new text to edit.
    body = <PostEditor key={today.data.id} post={today.data} onSkipped={() => setSkipped(true)} />;
  }

  return (
    <Page title={tx('post.title')} intro={<p>{tx('post.intro')}</p>}>
      <div role="status" className="status-line">
        {skipped && today.isSuccess && <p className="alert alert--success">{tx('post.skipped')}</p>}
      </div>
      {body}
      <PostHistory />
    </Page>
  );
}
