import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import type { Agreement, Exchange, ExchangeSide } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useAcceptAgreement } from '../api/exchanges';
import { AgreementForm } from './agreement-form';
import { organisationOf } from './sides';

type AgreementPanelProps = {
  exchange: Exchange;
  agreement: Agreement | null;
  /** The caller's side, when they are a member of one of the parties (only they draft and accept). */
  side: ExchangeSide | null;
  onDone: (message: string) => void;
};

/**
 * The cooperation agreement: drafted from the template's terms, read, accepted by each side
 * (by the hash of the text shown), then frozen.
 */
export function AgreementPanel({ exchange, agreement, side, onDone }: AgreementPanelProps) {
  const { t: tx } = useTranslation('exchanges');
  const [isEditing, setEditing] = useState(false);
  const accept = useAcceptAgreement(exchange.id);

  const frozen = agreement?.frozenAt ?? null;
  const canDraft = side !== null && !frozen;
  const acceptedByMe = agreement && side ? (side === 'PROVIDER' ? agreement.provider : agreement.beneficiary) : null;

  return (
    <section className="panel" aria-labelledby="exchange-agreement">
      <h2 id="exchange-agreement">{tx('agreement.title')}</h2>
      {isEditing ? (
        <AgreementForm
          exchange={exchange}
          agreement={agreement}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onDone(tx('agreement.drafted'));
          }}
        />
      ) : !agreement ? (
        <>
          <p>{tx('agreement.none')}</p>
          {canDraft && <Button onPress={() => setEditing(true)}>{tx('agreement.draft')}</Button>}
        </>
      ) : (
        <>
          <p className={frozen ? 'alert alert--success' : 'hint'}>
            {frozen
              ? tx('agreement.frozen', { date: formatDateTime(frozen) })
              : tx('agreement.draftOf', {
                  date: formatDateTime(agreement.draftedAt),
                  name: agreement.draftedBy?.name ?? tx('history.somebody'),
                })}
          </p>
          <Acceptances exchange={exchange} agreement={agreement} />
          <AgreementText agreement={agreement} />
          <FormAlert error={accept.error} />
          <div className="button-row">
            {side && !frozen && !acceptedByMe && (
              <Button
                isPending={accept.isPending}
                onPress={() =>
                  accept.mutate(agreement.sha256, { onSuccess: () => onDone(tx('agreement.acceptedMessage')) })
                }
              >
                {tx('agreement.accept', { organisation: organisationOf(exchange, side).name })}
              </Button>
            )}
            {canDraft && (
              <Button variant="secondary" onPress={() => setEditing(true)}>
                {tx('agreement.redraft')}
              </Button>
            )}
            <Link to={`/exchanges/${exchange.id}/agreement`}>{tx('agreement.printable')}</Link>
          </div>
        </>
      )}
    </section>
  );
}

/** Who accepted for each side, and when. */
export function Acceptances({ exchange, agreement }: { exchange: Exchange; agreement: Agreement }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <ul className="acceptances">
      {(['PROVIDER', 'BENEFICIARY'] as const).map((side) => {
        const acceptance = side === 'PROVIDER' ? agreement.provider : agreement.beneficiary;
        const organisation = organisationOf(exchange, side).name;
        return (
          <li key={side}>
            {acceptance
              ? tx('agreement.acceptedBy', {
                  organisation,
                  name: acceptance.by.name,
                  date: formatDateTime(acceptance.at),
                })
              : tx('agreement.notAccepted', { organisation })}
          </li>
        );
      })}
    </ul>
  );
}

/** The text as the server built it, and the hash that names it. */
export function AgreementText({ agreement }: { agreement: Agreement }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <>
      <div className="agreement-text">{agreement.text}</div>
      <p className="agreement-hash">
        {tx('agreement.hash')} <code>{agreement.sha256}</code>
      </p>
    </>
  );
}
