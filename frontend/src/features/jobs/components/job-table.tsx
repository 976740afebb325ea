import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { Job, JobSchedule } from '@/lib/api/types';
import { formatDateTime, formatNumber } from '@/lib/format';

/** "PT1H30M" as "1 h 30 min": the intervals jobs run at are whole hours, minutes or seconds. */
function intervalText(iso: string) {
  const [, hours, minutes, seconds] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso) ?? [];
  const parts = [hours && `${hours} h`, minutes && `${minutes} min`, seconds && `${seconds} s`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : iso;
}

function durationText(ms: number) {
  return ms < 1000 ? `${formatNumber(ms)} ms` : `${formatNumber(Math.round(ms / 100) / 10)} s`;
}

function ScheduleText({ schedule }: { schedule: JobSchedule }) {
  const { t: tx } = useTranslation('jobs');
  if (schedule.cron) {
    return (
      <>
        <code>{schedule.cron}</code> {schedule.timeZone && <span className="hint">({schedule.timeZone})</span>}
      </>
    );
  }
  return schedule.every ? tx('every', { interval: intervalText(schedule.every) }) : '—';
}

type JobTableProps = { jobs: Job[]; running: string | null; onRun: (job: Job) => void };

/** Each job: what it does, when it runs, how its last run went, and a button to run it now. */
export function JobTable({ jobs, running, onRun }: JobTableProps) {
  const { t: tx } = useTranslation('jobs');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{tx('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tx('columns.job')}</th>
            <th scope="col">{tx('columns.schedule')}</th>
            <th scope="col">{tx('columns.lastRun')}</th>
            <th scope="col">{tx('columns.outcome')}</th>
            <th scope="col">{tx('columns.duration')}</th>
            <th scope="col">{tx('columns.nextRun')}</th>
            <th scope="col">{tx('columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const run = job.lastRun;
            return (
              <tr key={job.name}>
                <th scope="row">
                  {job.description}
                  <br />
                  <code className="hint">{job.name}</code>
                </th>
                <td>
                  <ScheduleText schedule={job.schedule} />
                </td>
                <td>
                  {run ? (
                    <>
                      <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
                      <br />
                      <span className="hint">{tx('on', { instance: run.instance })}</span>
                    </>
                  ) : (
                    tx('never')
                  )}
                </td>
                <td>
                  {run &&
                    (run.outcome === 'SUCCEEDED' ? (
                      tx('outcomes.SUCCEEDED')
                    ) : (
                      <>
                        <strong>{tx('outcomes.FAILED')}</strong>
                        {run.error && <p className="hint">{run.error}</p>}
                      </>
                    ))}
                </td>
                <td>{run ? durationText(run.durationMs) : '—'}</td>
                <td>{job.nextRun ? <time dateTime={job.nextRun}>{formatDateTime(job.nextRun)}</time> : '—'}</td>
                <td>
                  <Button
                    variant="secondary"
                    aria-label={tx('runNamed', { job: job.description })}
                    isPending={running === job.name}
                    onPress={() => onRun(job)}
                  >
                    {tx('run')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
