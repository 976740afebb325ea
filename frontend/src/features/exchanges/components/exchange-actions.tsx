import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { ReasonDialog } from '@/components/reason-dialog';
import { TextDialog } from '@/components/text-dialog';
import type { Exchange } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { useExchangeDecision } from '../api/exchanges';
import { answeringSide, organisationOf } from './sides';

/** The API's limit on a note or a reason. */
const NOTE_MAX = 1000;

type Dialog = 'confirmOnBehalf' | 'dispute' | 'cancel' | 'void';

/**
 * What the caller may do now, as the API says (`actions`): confirm, dispute, amend, cancel, or
 * (animators) void. Animators answering for a party say how it answered.
 */
export function ExchangeActions({ exchange, onDone }: { exchange: Exchange; onDone: (message: string) => void }) {
  const { t: tx } = useTranslation('exchanges');
  const session = useSession();
  const decision = useExchangeDecision(exchange.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const actions = exchange.actions;
  if (actions.length === 0) return null;

  const answering = organisationOf(exchange, answeringSide(exchange));
  // Staff who are not of the answering organisation confirm or dispute for it.
  const onBehalf = session.hasRole('ANIMATOR', 'ADMIN') && session.me?.organisation?.id !== answering.id;
  const close = () => setDialog(null);

  return (
    <section className="panel" aria-labelledby="exchange-actions">
      <h2 id="exchange-actions">{tx('actions.title')}</h2>
      {actions.includes('CONFIRM') && (
        <p>
          {onBehalf ? tx('actions.confirmOnBehalfHelp', { organisation: answering.name }) : tx('actions.confirmHelp')}
        </p>
      )}
      <FormAlert error={decision.error} />
      <div className="button-row">
        {actions.includes('CONFIRM') && (
          <Button
            isPending={decision.isPending && decision.variables?.kind === 'confirm'}
            onPress={() => {
              if (onBehalf) setDialog('confirmOnBehalf');
              else decision.mutate({ kind: 'confirm' }, { onSuccess: () => onDone(tx('actions.confirmed')) });
            }}
          >
            {onBehalf ? tx('actions.confirmOnBehalf', { organisation: answering.name }) : tx('actions.confirm')}
          </Button>
        )}
        {actions.includes('DISPUTE') && (
          <Button variant="secondary" onPress={() => setDialog('dispute')}>
            {tx('actions.dispute')}
          </Button>
        )}
        {actions.includes('AMEND') && (
          <ButtonLink variant="secondary" to={`/exchanges/${exchange.id}/edit`}>
            {tx('actions.amend')}
          </ButtonLink>
        )}
        {actions.includes('CANCEL') && (
          <Button variant="danger" onPress={() => setDialog('cancel')}>
            {tx('actions.cancel')}
          </Button>
        )}
        {actions.includes('VOID') && (
          <Button variant="danger" onPress={() => setDialog('void')}>
            {tx('actions.void')}
          </Button>
        )}
      </div>
      {dialog === 'confirmOnBehalf' && (
        <TextDialog
          title={tx('actions.confirmOnBehalfTitle', { organisation: answering.name })}
          label={tx('actions.note')}
          description={tx('actions.noteHelp')}
          confirmLabel={tx('actions.confirm')}
          field="note"
          maxLength={NOTE_MAX}
          rows={3}
          onClose={close}
          onConfirm={async (note) => {
            await decision.mutateAsync({ kind: 'confirm', note });
            onDone(tx('actions.confirmed'));
          }}
        />
      )}
      {(dialog === 'dispute' || dialog === 'cancel' || dialog === 'void') && (
        <ReasonDialog
          title={tx(`actions.${dialog}Title`)}
          label={tx('actions.reason')}
          description={tx(`actions.${dialog}Help`)}
          confirmLabel={tx(`actions.${dialog}Confirm`)}
          maxLength={NOTE_MAX}
          onClose={close}
          onConfirm={async (reason) => {
            await decision.mutateAsync({ kind: dialog === 'dispute' ? 'dispute' : 'cancel', reason });
            onDone(tx(`actions.${dialog}Done`));
          }}
        />
      )}
    </section>
  );
}
