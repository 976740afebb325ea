import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useJobs, useRunJob } from '../api/jobs';
import { JobTable } from '../components/job-table';

/** Admins watch the periodic jobs (each runs once per period across the instances) and run one now. */
export function JobsRoute() {
  const { t: tx } = useTranslation('jobs');
  const jobs = useJobs();
  const run = useRunJob();
  const [started, setStarted] = useState<string | null>(null);

  let body;
  if (jobs.isPending) body = <Loading />;
  else if (jobs.isError) body = <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  else if (jobs.data.length === 0) body = <p className="empty-state">{tx('none')}</p>;
  else {
    body = (
      <JobTable
        jobs={jobs.data}
        running={run.isPending ? (run.variables ?? null) : null}
        onRun={(job) => {
          setStarted(null);
          run.mutate(job.name, { onSuccess: () => setStarted(tx('started', { job: job.description })) });
        }}
      />
    );
  }

  return (
    <Page title={tx('title')} intro={<p>{tx('intro')}</p>}>
      <div role="status" className="status-line">
        {started && <p className="alert alert--success">{started}</p>}
      </div>
      <FormAlert error={run.error} />
      {body}
    </Page>
  );
}
