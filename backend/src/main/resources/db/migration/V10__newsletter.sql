-- Newsletter, public subscribers, sending, post of the day.

-- Everyone receives the newsletter unless they opt out; the token names them in unsubscribe links.
ALTER TABLE person
  ADD COLUMN newsletter boolean NOT NULL DEFAULT true,
  ADD COLUMN newsletter_token text NOT NULL
      DEFAULT replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX person_newsletter_token_idx ON person (newsletter_token);

-- People outside the network who asked for the newsletter; they count once they confirm (double opt-in).
CREATE TABLE newsletter_subscriber (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('fr', 'en')),
  status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
  token text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  unsubscribed_at timestamptz
);
CREATE UNIQUE INDEX newsletter_subscriber_email_idx ON newsletter_subscriber (lower(email));

-- One issue per month of publication; it covers the month before.
CREATE TABLE newsletter (
  id uuid PRIMARY KEY,
  month date NOT NULL UNIQUE CHECK (extract(day FROM month) = 1),
  status text NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'SENT')),
  editorial_fr text NOT NULL DEFAULT '',
  editorial_en text NOT NULL DEFAULT '',
  figures jsonb NOT NULL,
  -- the issue as sent, per language, with an unsubscribe placeholder filled for each recipient
  subject_fr text,
  subject_en text,
  html_fr text,
  text_fr text,
  html_en text,
  text_en text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  send_started_at timestamptz,
  sent_by uuid REFERENCES person (id) ON DELETE SET NULL,
  sent_at timestamptz,
  version integer NOT NULL DEFAULT 0
);
CREATE INDEX newsletter_sent_idx ON newsletter (month DESC) WHERE status = 'SENT';

CREATE TABLE newsletter_item (
  id uuid PRIMARY KEY,
  newsletter_id uuid NOT NULL REFERENCES newsletter (id) ON DELETE CASCADE,
  section text NOT NULL CHECK (section IN ('NEW_MEMBERS', 'OFFERS', 'REQUESTS', 'EVENTS', 'STORY')),
  -- what the item is about, so that a refresh recognises it
  subject_key text NOT NULL,
  position integer NOT NULL,
  pinned boolean NOT NULL DEFAULT false,
  removed boolean NOT NULL DEFAULT false,
  title text NOT NULL,
  summary text NOT NULL,
  link text NOT NULL,
  territory text,
  image_url text,
  UNIQUE (newsletter_id, subject_key)
);

-- One row per recipient of an issue: the sender works through them (each sent once, retried on failure).
CREATE TABLE newsletter_delivery (
  id bigserial PRIMARY KEY,
  newsletter_id uuid NOT NULL REFERENCES newsletter (id) ON DELETE CASCADE,
  email text NOT NULL,
  locale text NOT NULL,
  token text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  sent_at timestamptz
);
CREATE UNIQUE INDEX newsletter_delivery_recipient_idx ON newsletter_delivery (newsletter_id, lower(email));
CREATE INDEX newsletter_delivery_due_idx ON newsletter_delivery (next_attempt_at, id) WHERE status = 'PENDING';

-- What the platform proposed for social media each day, and what the animators did with it.
CREATE TABLE post_of_the_day (
  id uuid PRIMARY KEY,
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'SKIPPED')),
  subject_kind text NOT NULL CHECK (subject_kind IN ('OFFER', 'REQUEST', 'EVENT')),
  item_id uuid REFERENCES catalog_item (id) ON DELETE CASCADE,
  event_id uuid REFERENCES event (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
  departement_id text REFERENCES territory (id),
  mode text,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  image_url text,
  created_at timestamptz NOT NULL,
  decided_by uuid REFERENCES person (id) ON DELETE SET NULL,
  decided_at timestamptz,
  CHECK ((item_id IS NULL) <> (event_id IS NULL))
);
CREATE INDEX post_of_the_day_day_idx ON post_of_the_day (day DESC, created_at DESC);
CREATE UNIQUE INDEX post_of_the_day_one_accepted_idx ON post_of_the_day (day) WHERE status = 'ACCEPTED';
CREATE UNIQUE INDEX post_of_the_day_one_proposed_idx ON post_of_the_day (day) WHERE status = 'PROPOSED';
