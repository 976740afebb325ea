import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { isItemMode } from '@/lib/api/types';
import { formatDateTime, formatDay } from '@/lib/format';
import { useServerErrors } from '@/lib/forms';
import { requiredText } from '@/lib/validation';
import type { PostOfTheDay } from '@/lib/api/types';
import { POST_TEXT_MAX, usePostAction } from '../api/posts-of-the-day';
import { PostStatusBadge } from './post-status-badge';

const FIELDS = ['text'];

type Notice = 'saved' | 'accepted' | 'copied' | 'copyFailed';

type PostEditorProps = {
  post: PostOfTheDay;
  /** Skipped: the day's next proposal comes in its place. */
  onSkipped: () => void;
};

/** Today's post: what it is about, its text to adjust and copy, and the animator's decision. */
export function PostEditor({ post, onSkipped }: PostEditorProps) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('newsletter');
  const schema = useMemo(() => z.object({ text: requiredText(t, POST_TEXT_MAX) }), [t]);
  const { control, handleSubmit, setError, reset, formState, getValues, trigger } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { text: post.text },
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);
  const action = usePostAction();
  const [notice, setNotice] = useState<Notice | null>(null);
  const text = useWatch({ control, name: 'text' }) ?? '';
  const { subject } = post;
  const isProposed = post.status === 'PROPOSED';
  // Read while rendering, so that the form keeps it up to date.
  const { isDirty } = formState;

  const pending = (kind: 'save' | 'accept' | 'skip') => action.isPending && action.variables?.action.kind === kind;

  const run = async (what: Parameters<typeof action.mutateAsync>[0]['action']) => {
    clearFormError();
    setNotice(null);
    try {
      const result = await action.mutateAsync({ id: post.id, action: what });
      reset({ text: result.text });
      return result;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    if (await run({ kind: 'save', text: values.text.trim() })) setNotice('saved');
  });

  /** The text as shown is the one accepted: unsaved changes are saved first. */
  const accept = async () => {
    if (isDirty) {
      if (!(await trigger())) return;
      if (!(await run({ kind: 'save', text: getValues('text').trim() }))) return;
    }
    if (await run({ kind: 'accept' })) setNotice('accepted');
  };

  const skip = async () => {
    if (await run({ kind: 'skip' })) onSkipped();
  };

  const copy = async () => {
    setNotice(null);
    try {
      await navigator.clipboard.writeText(text);
      setNotice('copied');
    } catch {
      // No clipboard (an old browser, an insecure page): the text stays there to select.
      setNotice('copyFailed');
    }
  };

  const over = text.length - POST_TEXT_MAX;

  return (
    <section className="panel post-of-the-day" aria-labelledby="post-today">
      <h2 id="post-today">
        {tx('post.today', { day: formatDay(post.day) })} <PostStatusBadge status={post.status} />
      </h2>
      <div className="post-subject">
        {post.imageUrl && (
          <img
            className="post-subject__image"
            src={post.imageUrl}
            alt={tx('post.imageAlt', { title: subject.title })}
          />
        )}
        <dl className="details-list">
          <dt>{tx('post.kind')}</dt>
          <dd>
            {tx(`post.kinds.${subject.kind}`)}
            {subject.mode && ` · ${isItemMode(subject.mode) ? t(`itemMode.${subject.mode}`) : subject.mode}`}
          </dd>
          <dt>{tx('post.subject')}</dt>
          <dd>
            <a href={subject.link}>{subject.title}</a>
          </dd>
          <dt>{tx('post.organisation')}</dt>
          <dd>{subject.organisation}</dd>
          {subject.territory && (
            <>
              <dt>{tx('post.territory')}</dt>
              <dd>{subject.territory}</dd>
            </>
          )}
        </dl>
      </div>
      {post.status === 'ACCEPTED' && post.decidedAt && (
        <p className="alert alert--info">
          {tx('post.acceptedBy', { name: post.decidedBy ?? '', date: formatDateTime(post.decidedAt) })}
        </p>
      )}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={control}
          name="text"
          label={tx('post.text')}
          description={
            over > 0
              ? tx('post.counterOver', { count: over, max: POST_TEXT_MAX })
              : tx('post.counter', { length: text.length, max: POST_TEXT_MAX })
          }
          rows={6}
        />
        <FormAlert error={formError} violations={unmappedViolations} />
        <div role="status" className="status-line">
          {notice === 'saved' && <p className="alert alert--success">{tx('post.saved')}</p>}
          {notice === 'accepted' && <p className="alert alert--success">{tx('post.accepted')}</p>}
          {notice === 'copied' && <p className="alert alert--success">{tx('post.copied')}</p>}
          {notice === 'copyFailed' && <p className="alert alert--info">{tx('post.copyFailed')}</p>}
        </div>
        <div className="button-row">
          <Button variant="secondary" onPress={() => void copy()}>
            {tx('post.copy')}
          </Button>
          <Button type="submit" variant="secondary" isPending={pending('save')}>
            {tx('post.save')}
          </Button>
          {isProposed && (
            <>
              <Button onPress={() => void accept()} isPending={pending('accept')}>
                {tx('post.accept')}
              </Button>
              <Button variant="secondary" onPress={() => void skip()} isPending={pending('skip')}>
                {tx('post.skip')}
              </Button>
            </>
          )}
        </div>
      </Form>
    </section>
  );
}
