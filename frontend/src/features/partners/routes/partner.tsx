import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import type { PartnerClient, PartnerCredentials } from '@/lib/api/types';
import { formatDateTime, formatNumber } from '@/lib/format';
import { usePartnerClient, useUpdatePartnerClient, type VersionedPartnerClient } from '../api/partner-clients';
import { ActiveBadge } from '../components/active-badge';
import { CredentialsDialog } from '../components/credentials-dialog';
import { EditDialog } from '../components/edit-dialog';
import { activityBody } from '../components/partner-form-schema';
import { RotateDialog } from '../components/rotate-dialog';
import { UsageTable } from '../components/usage-table';
import { ScopeList } from '../components/scope-list';

export function PartnerRoute() {
  const id = useParams().id ?? '';
  // Another client is another page: nothing said about this one carries over.
  return <PartnerPage key={id} id={id} />;
}

function PartnerPage({ id }: { id: string }) {
  const { t: tx } = useTranslation('partners');
  const query = usePartnerClient(id);

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError && isProblemError(query.error, 404)) body = <p>{tx('client.notFound')}</p>;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else body = <PartnerDetails current={query.data} onReload={() => void query.refetch()} />;

  return (
    <Page
      title={query.data?.client.name ?? tx('client.title')}
      intro={query.data && <ActiveBadge active={query.data.client.active} />}
    >
      {body}
      <p>
        <Link to="/admin/partners">{tx('client.back')}</Link>
      </p>
    </Page>
  );
}

type Dialogs =
  | { kind: 'edit'; current: VersionedPartnerClient }
  | { kind: 'deactivate' }
  | { kind: 'rotate' }
  | { kind: 'credentials'; credentials: PartnerCredentials }
  | null;

function PartnerDetails({ current, onReload }: { current: VersionedPartnerClient; onReload: () => void }) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('partners');
  const { client, etag } = current;
  const update = useUpdatePartnerClient(client.id);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = () => setDialog(null);

  const setActive = (active: boolean) => {
    setDone(null);
    update.mutate(
      { body: activityBody(client, active), etag },
      {
        onSuccess: () => setDone(tx(active ? 'client.activated' : 'client.deactivated')),
        onSettled: close,
      },
    );
  };

  return (
    <>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <PartnerFacts client={client} />
      <section className="panel" aria-labelledby="partner-manage">
        <h2 id="partner-manage">{tx('client.manage')}</h2>
        <p className="hint">{tx(client.active ? 'client.activeHint' : 'client.inactiveHint')}</p>
        <FormAlert
          error={update.error}
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
        <div className="button-row">
          <Button variant="secondary" onPress={() => setDialog({ kind: 'edit', current })}>
            {tx('client.edit')}
          </Button>
          {client.active ? (
            <Button variant="secondary" onPress={() => setDialog({ kind: 'deactivate' })}>
              {tx('client.deactivate')}
            </Button>
          ) : (
            <Button variant="secondary" isPending={update.isPending} onPress={() => setActive(true)}>
              {tx('client.activate')}
            </Button>
          )}
          <Button variant="secondary" onPress={() => setDialog({ kind: 'rotate' })}>
            {tx('client.rotate')}
          </Button>
        </div>
      </section>
      <UsageTable clientId={client.id} />
      {dialog?.kind === 'edit' && (
        <EditDialog
          current={dialog.current}
          onClose={close}
          onSaved={() => {
            close();
            setDone(tx('client.saved'));
          }}
        />
      )}
      {dialog?.kind === 'deactivate' && (
        <Dialog title={tx('deactivate.title', { name: client.name })} isOpen onOpenChange={(open) => !open && close()}>
          <p>{tx('deactivate.warning')}</p>
          <div className="dialog__actions">
            <Button variant="secondary" onPress={close}>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" isPending={update.isPending} onPress={() => setActive(false)}>
              {tx('deactivate.confirm')}
            </Button>
          </div>
        </Dialog>
      )}
      {dialog?.kind === 'rotate' && (
        <RotateDialog
          client={client}
          onClose={close}
          onRotated={(credentials) => {
            setDone(tx('client.rotated'));
            setDialog({ kind: 'credentials', credentials });
          }}
        />
      )}
      {dialog?.kind === 'credentials' && (
        <CredentialsDialog credentials={dialog.credentials} reason="rotated" onClose={close} />
      )}
    </>
  );
}

/** Who the partner is, what it may do, and how much it asked lately. */
function PartnerFacts({ client }: { client: PartnerClient }) {
  const { t: tx } = useTranslation('partners');
  return (
    <section className="panel" aria-labelledby="partner-facts">
      <h2 id="partner-facts">{tx('client.facts')}</h2>
      <dl className="details-list">
        <dt>{tx('client.clientId')}</dt>
        <dd>
          <code>{client.id}</code>
        </dd>
        <dt>{tx('form.contactEmail')}</dt>
        <dd>
          <a href={`mailto:${client.contactEmail}`}>{client.contactEmail}</a>
        </dd>
        <dt>{tx('form.scopes')}</dt>
        <dd>
          <ScopeList scopes={client.scopes} />
        </dd>
        <dt>{tx('form.requestsPerMinute')}</dt>
        <dd>{formatNumber(client.requestsPerMinute)}</dd>
        <dt>{tx('client.usage')}</dt>
        <dd>
          {tx('client.usageFigures', {
            lastHour: formatNumber(client.usage.lastHour),
            last24Hours: formatNumber(client.usage.last24Hours),
            refused: formatNumber(client.usage.refusedLast24Hours),
          })}
        </dd>
        <dt>{tx('client.createdAt')}</dt>
        <dd>{formatDateTime(client.createdAt)}</dd>
        <dt>{tx('client.secretRotatedAt')}</dt>
        <dd>{client.secretRotatedAt ? formatDateTime(client.secretRotatedAt) : tx('client.neverRotated')}</dd>
      </dl>
    </section>
  );
}
