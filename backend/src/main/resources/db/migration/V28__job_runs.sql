-- Each run of a periodic job run through Quartz (docs/operations.md "Periodic jobs across instances"), for
-- the admins' jobs page: which instance ran it, when, how long, and how it ended. Rows older than
-- elbasar.jobs.run-history go as each job records a new run.
CREATE TABLE job_run (
  id bigserial PRIMARY KEY,
  job_name text NOT NULL,
  instance text NOT NULL,
  started_at timestamptz NOT NULL,
  duration_ms bigint NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED')),
  error text
);
CREATE INDEX job_run_latest_idx ON job_run (job_name, started_at DESC);
