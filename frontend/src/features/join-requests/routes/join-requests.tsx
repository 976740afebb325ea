import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import type { JoinRequest } from '@/lib/api/types';
import { JOIN_REQUESTS_PAGE_SIZE, useApprove, useJoinRequests, useReject } from '../api/join-requests';
import { JoinRequestCard } from '../components/join-request-card';
import { RejectDialog } from '../components/reject-dialog';

export function JoinRequestsRoute() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const requests = useJoinRequests(page);
  const approve = useApprove();
  const reject = useReject();
  const [rejecting, setRejecting] = useState<JoinRequest | null>(null);
  // What was last decided, announced once the request has left the list.
  const [outcome, setOutcome] = useState<string | null>(null);

  const onApprove = (request: JoinRequest) => {
    setOutcome(null);
    approve.mutate(request.organisation.id, {
      onSuccess: () => setOutcome(t('joinRequests.approved', { name: request.organisation.name })),
    });
  };

  return (
    <Page title={t('joinRequests.title')} intro={<p>{t('joinRequests.intro')}</p>}>
      <div role="status" className="status-line">
        {outcome && <p className="alert alert--success">{outcome}</p>}
      </div>
      <FormAlert error={approve.error} />
      <PagedList
        query={requests}
        pageSize={JOIN_REQUESTS_PAGE_SIZE}
        onPageChange={setPage}
        empty={t('joinRequests.empty')}
        header={(page) => <p>{t('joinRequests.count', { count: page.total })}</p>}
        layout="stack"
        itemKey={(request) => request.organisation.id}
        renderItem={(request) => (
          <JoinRequestCard
            request={request}
            isBusy={approve.isPending && approve.variables === request.organisation.id}
            onApprove={() => onApprove(request)}
            onReject={() => {
              setOutcome(null);
              setRejecting(request);
            }}
          />
        )}
      />
      {rejecting && (
        <RejectDialog
          organisationName={rejecting.organisation.name}
          onClose={() => setRejecting(null)}
          onReject={async (reason) => {
            await reject.mutateAsync({ organisationId: rejecting.organisation.id, reason });
            setOutcome(t('joinRequests.rejected', { name: rejecting.organisation.name }));
          }}
        />
      )}
    </Page>
  );
}
