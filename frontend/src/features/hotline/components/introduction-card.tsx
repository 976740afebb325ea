import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import type { Introduction, IntroductionOutcome, Party, Side } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { formatDate } from '@/lib/format';
import { useIntroductionAction, type IntroductionAction } from '../api/introductions';
import { IntroductionStatusBadge } from './status-badges';

/** Which side of the introduction an organisation is on; null for someone else (staff). */
export function sideOf(introduction: Introduction, organisationId: string | undefined): Side | null {
  if (!organisationId) return null;
  if (introduction.requester.organisation.id === organisationId) return 'REQUESTER';
  if (introduction.provider.organisation.id === organisationId) return 'PROVIDER';
  return null;
}

/** What the introduction is about: the request, or the offer a member asked about. */
export function subjectOf(introduction: Introduction) {
  return introduction.request?.title ?? introduction.offer?.title ?? '';
}

type IntroductionCardProps = {
  introduction: Introduction;
  /** The card's heading (the subject, or the provider on a case's page). */
  title: string;
  headingLevel?: 2 | 3;
  /** Said once an action succeeds. */
  onDone: (message: string) => void;
};

/**
 * An introduction: its status, the other party's contact (both for staff), the message,
 * the follow-up answers, and what the caller may do next.
 */
export function IntroductionCard({ introduction, title, headingLevel = 3, onDone }: IntroductionCardProps) {
  const { t } = useTranslation();
  const session = useSession();
  const side = sideOf(introduction, session.me?.organisation?.id);
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  const action = useIntroductionAction();
  const Heading = `h${headingLevel}` as const;
  const headingId = `introduction-${introduction.id}`;

  const canRespond = introduction.status === 'PROPOSED' && (side === 'PROVIDER' || isStaff);
  const canRecordOutcome =
    (introduction.status === 'PROPOSED' || introduction.status === 'ACCEPTED') && (side !== null || isStaff);
  // Once the organisations have met, either (or an animator) declares what they exchanged.
  const canDeclare = introduction.status !== 'DECLINED' && introduction.status !== 'NO_FOLLOW_UP' && (side !== null || isStaff);

  const run = (next: IntroductionAction, done: string) => {
    action.mutate(next, { onSuccess: () => onDone(done) });
  };
  const isBusy = (kind: string, outcome?: IntroductionOutcome) =>
    action.isPending &&
    action.variables?.kind === kind &&
    (action.variables.kind !== 'outcome' || action.variables.outcome === outcome);

  // Members see the other party; staff see both.
  const parties: { party: Party; role: Side }[] =
    side === 'REQUESTER'
      ? [{ party: introduction.provider, role: 'PROVIDER' }]
      : side === 'PROVIDER'
        ? [{ party: introduction.requester, role: 'REQUESTER' }]
        : [
            { party: introduction.requester, role: 'REQUESTER' },
            { party: introduction.provider, role: 'PROVIDER' },
          ];

  return (
    <article className="card introduction-card" aria-labelledby={headingId}>
      <div className="case-card__header">
        <Heading id={headingId} className="case-card__title">
          {title}
        </Heading>
        <span className="introduction-card__badges">
          <IntroductionStatusBadge status={introduction.status} />
          {introduction.needsNudge && <span className="status-badge status-badge--nudge">{t('introduction.needsNudge')}</span>}
        </span>
      </div>
      {side && <p className="hint">{t(`introduction.yourSide.${side}`)}</p>}
      <dl className="details-list">
        {introduction.request && (
          <>
            <dt>{t('introduction.request')}</dt>
            <dd>
              <Link to={`/requests/${introduction.request.id}`}>{introduction.request.title}</Link>
            </dd>
          </>
        )}
        {introduction.offer && (
          <>
            <dt>{t('introduction.offer')}</dt>
            <dd>
              <Link to={`/offers/${introduction.offer.id}`}>{introduction.offer.title}</Link>
            </dd>
          </>
        )}
        <dt>{t('introduction.createdAt')}</dt>
        <dd>
          {introduction.createdBy
            ? t('introduction.createdOnBy', { date: formatDate(introduction.createdAt), name: introduction.createdBy.name })
            : formatDate(introduction.createdAt)}
        </dd>
        {introduction.respondedAt && (
          <>
            <dt>{t('introduction.respondedAt')}</dt>
            <dd>{formatDate(introduction.respondedAt)}</dd>
          </>
        )}
        {introduction.outcomeAt && (
          <>
            <dt>{t('introduction.outcomeAt')}</dt>
            <dd>{formatDate(introduction.outcomeAt)}</dd>
          </>
        )}
      </dl>
      <div className="introduction-card__parties">
        {parties.map(({ party, role }) => (
          <PartyContact
            key={role}
            id={`${headingId}-${role.toLowerCase()}`}
            party={party}
            label={t(side ? 'introduction.yourContact' : `introduction.party.${role}`)}
            headingLevel={headingLevel === 2 ? 3 : 4}
          />
        ))}
      </div>
      <figure className="introduction-card__message">
        <figcaption>{t('introduction.message')}</figcaption>
        <blockquote>{introduction.message}</blockquote>
      </figure>
      {introduction.answers.length > 0 && (
        <>
          <p className="introduction-card__answers-title">{t('introduction.answers')}</p>
          <ul className="introduction-card__answers">
            {introduction.answers.map((answer) => (
              <li key={answer.side}>
                {answer.answer && answer.answeredAt
                  ? t('introduction.answer', {
                      side: t(`introduction.party.${answer.side}`),
                      answer: t(`followUpAnswer.${answer.answer}`),
                      date: formatDate(answer.answeredAt),
                    })
                  : t('introduction.noAnswer', { side: t(`introduction.party.${answer.side}`) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <FormAlert error={action.error} />
      {(canRespond || canRecordOutcome || canDeclare) && (
        <div className="button-row">
          {canRespond && (
            <>
              <Button
                isPending={isBusy('accept')}
                aria-label={t('introduction.acceptFor', { title })}
                onPress={() => run({ id: introduction.id, kind: 'accept' }, t('introduction.accepted', { title }))}
              >
                {t('introduction.accept')}
              </Button>
              <Button
                variant="secondary"
                isPending={isBusy('decline')}
                aria-label={t('introduction.declineFor', { title })}
                onPress={() => run({ id: introduction.id, kind: 'decline' }, t('introduction.declined', { title }))}
              >
                {t('introduction.decline')}
              </Button>
            </>
          )}
          {canRecordOutcome &&
            (['EXCHANGE_MADE', 'NO_FOLLOW_UP'] as const).map((outcome) => (
              <Button
                key={outcome}
                variant="secondary"
                isPending={isBusy('outcome', outcome)}
                aria-label={t(`introduction.outcomeFor.${outcome}`, { title })}
                onPress={() =>
                  run({ id: introduction.id, kind: 'outcome', outcome }, t(`introduction.outcomeDone.${outcome}`, { title }))
                }
              >
                {t(`introduction.outcome.${outcome}`)}
              </Button>
            ))}
          {canDeclare && (
            <ButtonLink
              variant="secondary"
              to={`/exchanges/new?introductionId=${introduction.id}`}
              aria-label={t('introduction.declareExchangeFor', { title })}
            >
              {t('introduction.declareExchange')}
            </ButtonLink>
          )}
        </div>
      )}
    </article>
  );
}

type PartyContactProps = { id: string; party: Party; label: string; headingLevel: 3 | 4 };

/** One side: its organisation and how to reach the person who speaks for it. */
function PartyContact({ id, party, label, headingLevel }: PartyContactProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="party" role="group" aria-labelledby={id}>
      <Heading id={id} className="party__label">
        {label}
      </Heading>
      <p className="party__name">
        <Link to={`/organisations/${party.organisation.id}`}>{party.organisation.name}</Link>
      </p>
      <dl className="details-list details-list--stacked">
        {party.contactName && (
          <>
            <dt>{t('item.contactName')}</dt>
            <dd>{party.contactName}</dd>
          </>
        )}
        {party.email && (
          <>
            <dt>{t('item.contactEmail')}</dt>
            <dd>
              <a href={`mailto:${party.email}`}>{party.email}</a>
            </dd>
          </>
        )}
        {party.phone && (
          <>
            <dt>{t('item.contactPhone')}</dt>
            <dd>
              <a href={`tel:${party.phone.replace(/[^+0-9]/g, '')}`}>{party.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
