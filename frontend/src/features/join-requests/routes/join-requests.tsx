import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { LoadError, Loading } from '@/components/query-state';
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
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.items.length === 0 ? (
        <p className="empty-state">{t('joinRequests.empty')}</p>
      ) : (
        <>
          <p>{t('joinRequests.count', { count: requests.data.total })}</p>
          <ul className="stack">
            {requests.data.items.map((request) => (
              <li key={request.organisation.id}>
                <JoinRequestCard
                  request={request}
                  isBusy={approve.isPending && approve.variables === request.organisation.id}
                  onApprove={() => onApprove(request)}
                  onReject={() => {
                    setOutcome(null);
                    setRejecting(request);
                  }}
                />
              </li>
            ))}
          </ul>
          <Pagination
            page={requests.data.page}
            size={requests.data.size || JOIN_REQUESTS_PAGE_SIZE}
            total={requests.data.total}
            onPageChange={setPage}
          />
        </>
      )}
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
