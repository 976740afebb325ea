import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { ReasonDialog } from '@/components/reason-dialog';
import type { EventAction, EventView } from '@/lib/api/types';
import { useEventDecision } from '../api/events';

/** The API's limit on a reason. */
export const REASON_MAX = 2000;

/** What this panel offers; registering is the registration panel's. */
const MANAGING: readonly EventAction[] = ['EDIT', 'APPROVE', 'REJECT', 'CANCEL', 'ATTENDEES'];

type EventManagePanelProps = {
  event: EventView;
  /** Says what was done, on the page. */
  onDone: (message: string) => void;
};

/** What the organiser and animators may do, as the API lists it: edit, approve or reject, cancel, attendees. */
export function EventManagePanel({ event, onDone }: EventManagePanelProps) {
  const { t: tx } = useTranslation('events');
  const decision = useEventDecision();
  const [asking, setAsking] = useState<'reject' | 'cancel' | null>(null);
  const can = (action: EventAction) => event.actions.includes(action);
  if (!MANAGING.some(can)) return null;

  return (
    <section className="panel" aria-labelledby="event-manage">
      <h2 id="event-manage">{tx('manage.title')}</h2>
      <div className="button-row">
        {can('APPROVE') && (
          <Button
            isPending={decision.isPending}
            onPress={() =>
              decision.mutate(
                { id: event.id, decision: { kind: 'approve' } },
                { onSuccess: () => onDone(tx('manage.approved')) },
              )
            }
          >
            {tx('manage.approve')}
          </Button>
        )}
        {can('REJECT') && (
          <Button variant="secondary" onPress={() => setAsking('reject')}>
            {tx('manage.reject')}
          </Button>
        )}
        {can('EDIT') && (
          <ButtonLink variant="secondary" to={`/events/${event.id}/edit`}>
            {tx('manage.edit')}
          </ButtonLink>
        )}
        {can('ATTENDEES') && (
          <ButtonLink variant="secondary" to={`/events/${event.id}/attendees`}>
            {tx('manage.attendees', { count: event.registered })}
          </ButtonLink>
        )}
        {can('CANCEL') && (
          <Button variant="danger" onPress={() => setAsking('cancel')}>
            {tx('manage.cancel')}
          </Button>
        )}
      </div>
      <FormAlert error={decision.error} />
      {asking && (
        <ReasonDialog
          title={tx(`manage.${asking}Title`, { title: event.title })}
          label={tx('manage.reason')}
          description={tx(`manage.${asking}Help`)}
          confirmLabel={tx(`manage.${asking}Confirm`)}
          maxLength={REASON_MAX}
          onClose={() => setAsking(null)}
          onConfirm={async (reason) => {
            await decision.mutateAsync({ id: event.id, decision: { kind: asking, reason } });
            onDone(tx(asking === 'reject' ? 'manage.rejected' : 'manage.cancelled'));
          }}
        />
      )}
    </section>
  );
}
