-- A buyer a partner brought (from Ceres): known to the hotline and to introductions, not a member.
ALTER TABLE organisation DROP CONSTRAINT organisation_status_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_status_check
  CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED', 'EXTERNAL'));

-- Needs partners send to the hotline. The idempotency key is claimed first, in the transaction that
-- creates the need, so a second request with the same key waits for the first and answers the same.
CREATE TABLE partner_opportunity (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
  idempotency_key text NOT NULL,
  request_fingerprint text NOT NULL,      -- SHA-256 of the request body as read
  request_id uuid REFERENCES catalog_item (id) ON DELETE SET NULL,
  buyer_organisation_id uuid REFERENCES organisation (id),
  buyer_name text,
  buyer_siret char(14),
  deadline date,
  amount_bracket text CHECK (amount_bracket IN ('UNDER_40K', 'FROM_40K_TO_90K', 'FROM_90K_TO_221K', 'OVER_221K', 'UNKNOWN')),
  link text,
  response jsonb,                         -- the first answer, given again for the same key and body
  created_at timestamptz NOT NULL,
  UNIQUE (client_id, idempotency_key)
);
CREATE UNIQUE INDEX partner_opportunity_request_idx ON partner_opportunity (request_id);

-- An opportunity's hotline case changing status is a change partners are told of.
ALTER TABLE partner_change DROP CONSTRAINT partner_change_entity_check;
ALTER TABLE partner_change ADD CONSTRAINT partner_change_entity_check CHECK (entity IN ('offer', 'organisation', 'opportunity'));

CREATE FUNCTION partner_change_opportunity() RETURNS trigger AS $$
BEGIN
  INSERT INTO partner_change (entity, entity_id)
    SELECT 'opportunity', o.id FROM partner_opportunity o WHERE o.request_id = NEW.request_id;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER hotline_case_partner_change_trg
  AFTER UPDATE OF status ON hotline_case
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION partner_change_opportunity();

-- Webhook subscriptions. The secret signs deliveries, so it is kept (shown to the partner once).
CREATE TABLE partner_webhook (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
  url text NOT NULL CHECK (length(url) <= 2000),
  events text[] NOT NULL,
  offer_view text NOT NULL CHECK (offer_view IN ('ALL', 'MARKET')),
  secret text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
CREATE INDEX partner_webhook_client_idx ON partner_webhook (client_id);

-- Where the fan-out stands in the change log: one row, moved in the transaction that writes the
-- deliveries, so a change becomes deliveries exactly once. It starts at the end of the log.
CREATE TABLE partner_webhook_fanout (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  xid xid8 NOT NULL,
  seq bigint NOT NULL
);
INSERT INTO partner_webhook_fanout (xid, seq)
  SELECT COALESCE(max(xid), '0'::xid8), COALESCE(max(seq), 0) FROM partner_change;

-- What each subscription was last told of a thing: listed or not, and a fingerprint of its data, so
-- that published, updated and withdrawn are told exactly when they happen.
CREATE TABLE partner_webhook_known (
  webhook_id uuid NOT NULL REFERENCES partner_webhook (id) ON DELETE CASCADE,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  fingerprint text NOT NULL,
  PRIMARY KEY (webhook_id, entity, entity_id)
);

-- The outbox: one row per event and subscription, written with the change's fan-out.
CREATE TABLE partner_webhook_delivery (
  id uuid PRIMARY KEY,                    -- the event id the partner deduplicates on
  webhook_id uuid NOT NULL REFERENCES partner_webhook (id) ON DELETE CASCADE,
  event_type text NOT NULL,
  payload text NOT NULL,                  -- the exact body that is signed
  status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  attempts integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL,      -- retries stop 24 hours after this (creation, or a replay)
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL
);
CREATE INDEX partner_webhook_delivery_due_idx ON partner_webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX partner_webhook_delivery_log_idx ON partner_webhook_delivery (webhook_id, created_at DESC);

CREATE TABLE partner_webhook_attempt (
  id bigserial PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES partner_webhook_delivery (id) ON DELETE CASCADE,
  attempted_at timestamptz NOT NULL,
  status_code integer,
  error text,
  duration_ms integer NOT NULL
);
CREATE INDEX partner_webhook_attempt_delivery_idx ON partner_webhook_attempt (delivery_id, attempted_at);
