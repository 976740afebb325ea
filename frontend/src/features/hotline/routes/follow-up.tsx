import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { FOLLOW_UP_ANSWERS, type FollowUp, type FollowUpAnswer } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { useSendOnce } from '@/lib/use-send-once';
import { useAnswerFollowUp, useFollowUp } from '../api/follow-ups';

/** The answers as emails' links spell them: /follow-up/<token>/yes, /not-yet, /no. */
const SLUGS: Record<string, FollowUpAnswer> = { yes: 'YES', 'not-yet': 'NOT_YET', no: 'NO' };

export function FollowUpRoute() {
  const { token = '', answer } = useParams();
  return <FollowUpPage key={`${token}/${answer ?? ''}`} token={token} answerFromLink={SLUGS[answer ?? '']} />;
}

/**
 * "Did an exchange happen?" from a follow-up email, no sign-in. A link carrying the answer
 * records it on arrival; otherwise the page asks.
 */
function FollowUpPage({ token, answerFromLink }: { token: string; answerFromLink: FollowUpAnswer | undefined }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('followUp');
  const followUp = useFollowUp(token);
  const answer = useAnswerFollowUp(token);
  const { mutate } = answer;
  useSendOnce(mutate, answerFromLink);

  if (answer.isSuccess) return <Thanks followUp={answer.data} />;

  const failure = answer.error ?? followUp.error;
  if (isProblemError(answer.error, 409)) {
    // Asked again after the 409: what was recorded.
    if (followUp.isFetching || followUp.isPending) return <Loading />;
    return <AlreadyAnswered followUp={followUp.data} />;
  }
  if (isProblemError(failure, 410)) return <LinkProblem kind="expired" />;
  if (isProblemError(failure, 404) || isProblemError(failure, 400)) return <LinkProblem kind="unknown" />;
  if (followUp.isError) {
    return (
      <Page title={tf('title')} width="narrow">
        <LoadError error={followUp.error} onRetry={() => void followUp.refetch()} />
      </Page>
    );
  }
  if (followUp.isPending || answer.isPending) {
    return <Loading label={answer.isPending ? tf('saving') : undefined} />;
  }
  if (followUp.data.answer) return <AlreadyAnswered followUp={followUp.data} />;

  return (
    <Page title={tf('title')} width="narrow">
      <p>{tf('introducedOn', { date: formatDate(followUp.data.introducedAt) })}</p>
      <div role="group" aria-labelledby="follow-up-question" className="follow-up">
        <p id="follow-up-question" className="follow-up__question">
          {followUp.data.requestTitle
            ? tf('question', { other: followUp.data.otherOrganisation, title: followUp.data.requestTitle })
            : tf('questionNoTitle', { other: followUp.data.otherOrganisation })}
        </p>
        <div className="button-row">
          {FOLLOW_UP_ANSWERS.map((choice) => (
            <Button
              key={choice}
              variant={choice === 'YES' ? 'primary' : 'secondary'}
              isDisabled={answer.isPending}
              onPress={() => mutate(choice)}
            >
              {t(`followUpAnswer.${choice}`)}
            </Button>
          ))}
        </div>
      </div>
      <FormAlert error={answer.error} />
    </Page>
  );
}

function Context({ followUp }: { followUp: FollowUp }) {
  const { t: tf } = useTranslation('followUp');
  const date = formatDate(followUp.introducedAt);
  return (
    <p>
      {followUp.requestTitle
        ? tf('context', { other: followUp.otherOrganisation, title: followUp.requestTitle, date })
        : tf('contextNoTitle', { other: followUp.otherOrganisation, date })}
    </p>
  );
}

function Thanks({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('followUp');
  const answer = followUp.answer ?? 'YES';
  return (
    <Page title={tf('thanksTitle')} width="narrow">
      <div className="alert alert--success" role="status">
        <p className="alert__title">{tf('recorded', { answer: t(`followUpAnswer.${answer}`) })}</p>
        <p>{tf(`thanks.${answer}`)}</p>
      </div>
      {answer === 'YES' && (
        <p>
          <Link to={`/exchanges/new?introductionId=${followUp.introductionId}`}>{tf('declare')}</Link>
        </p>
      )}
      <Context followUp={followUp} />
    </Page>
  );
}

function AlreadyAnswered({ followUp }: { followUp: FollowUp | undefined }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('followUp');
  return (
    <Page title={tf('alreadyTitle')} width="narrow">
      <p>
        {followUp?.answer && followUp.answeredAt
          ? tf('already', {
              answer: t(`followUpAnswer.${followUp.answer}`),
              date: formatDate(followUp.answeredAt),
            })
          : tf('alreadyNoDetail')}
      </p>
      {followUp && <Context followUp={followUp} />}
    </Page>
  );
}

function LinkProblem({ kind }: { kind: 'expired' | 'unknown' }) {
  const { t: tf } = useTranslation('followUp');
  return (
    <Page title={tf(`${kind}Title`)} width="narrow">
      <p>{tf(`${kind}`)}</p>
      <p>
        <Link to="/introductions">{tf('seeIntroductions')}</Link>
      </p>
    </Page>
  );
}
