-- Convivial events, their registrations and waiting lists, and the exchanges they give rise to.

CREATE TABLE event (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('APERO', 'BREAKFAST', 'POST_IT', 'FAIR', 'WORKSHOP', 'VISIT', 'OTHER')),
  status text NOT NULL CHECK (status IN ('PROPOSED', 'PUBLISHED', 'REJECTED', 'CANCELLED')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  territory_id text NOT NULL REFERENCES territory (id),
  venue text CHECK (length(venue) <= 300),
  online_url text CHECK (length(online_url) <= 500),
  -- instants; the API reads and writes them as Europe/Paris local times
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer CHECK (capacity BETWEEN 1 AND 10000),   -- null: no limit
  registration_deadline timestamptz,                      -- null: until the start
  organiser_id uuid NOT NULL REFERENCES person (id),
  host_organisation_id uuid REFERENCES organisation (id),
  status_reason text,
  reviewed_by uuid REFERENCES person (id),
  reviewed_at timestamptz,
  image bytea,
  image_thumbnail bytea,
  image_type text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0,
  CHECK (ends_at > starts_at),
  CHECK (venue IS NOT NULL OR online_url IS NOT NULL),
  CHECK (registration_deadline IS NULL OR registration_deadline <= starts_at)
);
-- Events are listed by territory "or inside it": the territories whose parents include it.
CREATE INDEX territory_parents_idx ON territory USING gin (parent_ids);

CREATE INDEX event_calendar_idx ON event (status, ends_at, starts_at);
CREATE INDEX event_territory_idx ON event (territory_id, starts_at);
CREATE INDEX event_organiser_idx ON event (organiser_id, created_at DESC);

CREATE TABLE event_registration (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id),
  organisation_id uuid REFERENCES organisation (id),
  status text NOT NULL CHECK (status IN ('REGISTERED', 'WAITING', 'CANCELLED')),
  -- arrival order: registrations take it while holding the event's row lock, so the waiting list is first come, first served
  arrival bigserial NOT NULL,
  registered_at timestamptz NOT NULL,
  promoted_at timestamptz,
  cancelled_at timestamptz,
  checked_in_at timestamptz,
  checked_in_by uuid REFERENCES person (id),
  reminded_at timestamptz
);
CREATE UNIQUE INDEX event_registration_person_idx ON event_registration (event_id, person_id) WHERE status <> 'CANCELLED';
CREATE INDEX event_registration_queue_idx ON event_registration (event_id, status, arrival);
CREATE INDEX event_registration_mine_idx ON event_registration (person_id, registered_at DESC);

ALTER TABLE exchange ADD COLUMN event_id uuid REFERENCES event (id) ON DELETE SET NULL;
CREATE INDEX exchange_event_idx ON exchange (event_id) WHERE event_id IS NOT NULL;
