import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { PartnerCredentials } from '@/lib/api/types';
import { usePartnerClients } from '../api/partner-clients';
import { CredentialsDialog } from '../components/credentials-dialog';
import { PartnerTable } from '../components/partner-table';
import { RegisterDialog } from '../components/register-dialog';

/** Admins' list of partner platforms, and the registration of a new one. */
export function PartnersRoute() {
  const { t: tx } = useTranslation('partners');
  const clients = usePartnerClients();
  const [registering, setRegistering] = useState(false);
  // The new partner's secret: in this state only, forgotten when its dialog closes.
  const [credentials, setCredentials] = useState<PartnerCredentials | null>(null);

  let body;
  if (clients.isPending) body = <Loading />;
  else if (clients.isError) body = <LoadError error={clients.error} onRetry={() => void clients.refetch()} />;
  else if (clients.data.length === 0) body = <p className="empty-state">{tx('list.none')}</p>;
  else body = <PartnerTable clients={clients.data} />;

  return (
    <Page title={tx('list.title')} intro={<p>{tx('list.intro')}</p>}>
      <div className="page-actions">
        <Button onPress={() => setRegistering(true)}>{tx('register.open')}</Button>
      </div>
      <p className="hint">{tx('list.guide')}</p>
      {body}
      {registering && (
        <RegisterDialog
          onClose={() => setRegistering(false)}
          onRegistered={(created) => {
            setRegistering(false);
            setCredentials(created);
          }}
        />
      )}
      {credentials && (
        <CredentialsDialog credentials={credentials} reason="registered" onClose={() => setCredentials(null)} />
      )}
    </Page>
  );
}
