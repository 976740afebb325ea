-- The hotline: every published request is a case on the animators' board; introductions put a
-- requester in touch with a provider and are followed up to an outcome.

CREATE TABLE hotline_case (
  request_id uuid PRIMARY KEY REFERENCES catalog_item (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'INTRODUCED', 'RESOLVED', 'UNRESOLVED')),
  channel text NOT NULL CHECK (channel IN ('PLATFORM', 'PHONE', 'EMAIL', 'EVENT', 'PARTNER')),
  requested_by uuid REFERENCES person (id),
  entered_by uuid REFERENCES person (id),
  assignee_id uuid REFERENCES person (id),
  due_on date,
  received_at timestamptz NOT NULL,
  first_introduction_at timestamptz,
  closed_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0
);
CREATE INDEX hotline_case_board_idx ON hotline_case (status, received_at DESC);
CREATE INDEX hotline_case_received_idx ON hotline_case (received_at);
CREATE INDEX hotline_case_assignee_idx ON hotline_case (assignee_id) WHERE assignee_id IS NOT NULL;

CREATE TABLE hotline_note (
  id uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES hotline_case (request_id) ON DELETE CASCADE,
  author_id uuid REFERENCES person (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL
);
CREATE INDEX hotline_note_case_idx ON hotline_note (request_id, created_at);

CREATE TABLE introduction (
  id uuid PRIMARY KEY,
  request_id uuid REFERENCES catalog_item (id) ON DELETE SET NULL,
  offer_id uuid REFERENCES catalog_item (id) ON DELETE SET NULL,
  requester_id uuid NOT NULL REFERENCES organisation (id),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  -- the category of what was asked or offered: "exchanges in that category" for matching
  category_code text REFERENCES category (code),
  created_by uuid REFERENCES person (id),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
  status text NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXCHANGE_MADE', 'NO_FOLLOW_UP')),
  created_at timestamptz NOT NULL,
  responded_at timestamptz,
  outcome_at timestamptz,
  version integer NOT NULL DEFAULT 0,
  CHECK (requester_id <> provider_id)
);
CREATE INDEX introduction_request_idx ON introduction (request_id);
CREATE INDEX introduction_requester_idx ON introduction (requester_id, created_at DESC);
CREATE INDEX introduction_provider_idx ON introduction (provider_id, created_at DESC);
CREATE INDEX introduction_created_idx ON introduction (created_at DESC);

-- One single-use link per party and round (in the introduction email, then 14 and 30 days after); only its
-- SHA-256 is kept, so the database does not hold usable links.
CREATE TABLE follow_up (
  token_hash text PRIMARY KEY,
  introduction_id uuid NOT NULL REFERENCES introduction (id) ON DELETE CASCADE,
  side text NOT NULL CHECK (side IN ('REQUESTER', 'PROVIDER')),
  round_days integer NOT NULL CHECK (round_days IN (0, 14, 30)),
  recipient_id uuid REFERENCES person (id),
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  answer text CHECK (answer IN ('YES', 'NOT_YET', 'NO')),
  answered_at timestamptz,
  UNIQUE (introduction_id, side, round_days),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);

-- Open requests a newly published offer could meet (reverse matching), for animators and the
-- requesters who asked to be told.
CREATE TABLE offer_match (
  offer_id uuid NOT NULL REFERENCES catalog_item (id) ON DELETE CASCADE,
  request_id uuid NOT NULL REFERENCES catalog_item (id) ON DELETE CASCADE,
  score integer NOT NULL,
  found_at timestamptz NOT NULL,
  notified_at timestamptz,
  PRIMARY KEY (offer_id, request_id)
);
CREATE INDEX offer_match_found_idx ON offer_match (found_at DESC);

ALTER TABLE person ADD COLUMN notify_matching_offers boolean NOT NULL DEFAULT false;

-- Requests published before the hotline existed join the board as posted by their members.
INSERT INTO hotline_case (request_id, status, channel, requested_by, received_at, updated_at)
SELECT id, 'NEW', 'PLATFORM', author_id, published_at, published_at
FROM catalog_item WHERE kind = 'REQUEST' AND published_at IS NOT NULL;
