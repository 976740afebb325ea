-- Where the primary's WAL stood after each signed-in person's last write, so that their reads go to
-- the read replica only once it has replayed that far (common/service/ReplicaReads). Unlogged: it is
-- read on the primary only, and lost rows after a crash only send a few reads to the replica early.
-- A person erased takes their row along.
CREATE UNLOGGED TABLE recent_write (
    person_id  uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    lsn        numeric NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now()
);
