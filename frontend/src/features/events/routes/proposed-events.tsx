import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { ReasonDialog } from '@/components/reason-dialog';
import type { EventView } from '@/lib/api/types';
import { EVENTS_PAGE_SIZE, useEventDecision, useProposedEvents } from '../api/events';
import { EventCard } from '../components/event-card';
import { REASON_MAX } from '../components/event-manage-panel';
import { EventsNav } from '../components/events-nav';

/** Animators' queue: members' proposals, to publish or to turn down with a reason (their organiser is told). */
export function ProposedEventsRoute() {
  const { t: tx } = useTranslation('events');
  const [page, setPage] = useState(0);
  const proposals = useProposedEvents(page);
  const decision = useEventDecision();
  const [rejecting, setRejecting] = useState<EventView | null>(null);
  // What was last decided, announced once the proposal has left the list.
  const [outcome, setOutcome] = useState<string | null>(null);

  const approve = (event: EventView) => {
    setOutcome(null);
    decision.mutate(
      { id: event.id, decision: { kind: 'approve' } },
      { onSuccess: () => setOutcome(tx('proposed.approved', { title: event.title })) },
    );
  };

  return (
    <Page title={tx('proposed.title')} intro={<p>{tx('proposed.intro')}</p>}>
      <EventsNav />
      <div role="status" className="status-line">
        {outcome && <p className="alert alert--success">{outcome}</p>}
      </div>
      <FormAlert error={decision.error} />
      <PagedList
        query={proposals}
        pageSize={EVENTS_PAGE_SIZE}
        onPageChange={setPage}
        empty={tx('proposed.none')}
        header={(result) => <p>{tx('proposed.count', { count: result.total })}</p>}
        layout="stack"
        itemKey={(event) => event.id}
        renderItem={(event) => (
          <EventCard event={event}>
            <p className="proposal__by">{tx('proposed.by', { name: event.organiser.name })}</p>
            {event.description && <p className="pre-line proposal__description">{event.description}</p>}
            <div className="button-row">
              <Button
                onPress={() => approve(event)}
                isDisabled={decision.isPending && decision.variables?.id === event.id}
                aria-label={tx('proposed.approveNamed', { title: event.title })}
              >
                {tx('manage.approve')}
              </Button>
              <Button
                variant="secondary"
                onPress={() => {
                  setOutcome(null);
                  setRejecting(event);
                }}
                aria-label={tx('proposed.rejectNamed', { title: event.title })}
              >
                {tx('manage.reject')}
              </Button>
            </div>
          </EventCard>
        )}
      />
      {rejecting && (
        <ReasonDialog
          title={tx('manage.rejectTitle', { title: rejecting.title })}
          label={tx('manage.reason')}
          description={tx('manage.rejectHelp')}
          confirmLabel={tx('manage.rejectConfirm')}
          maxLength={REASON_MAX}
          onClose={() => setRejecting(null)}
          onConfirm={async (reason) => {
            await decision.mutateAsync({ id: rejecting.id, decision: { kind: 'reject', reason } });
            setOutcome(tx('proposed.rejected', { title: rejecting.title }));
          }}
        />
      )}
    </Page>
  );
}
