-- Partner platforms (Ceres and others) that use the API with OAuth 2 client credentials.
CREATE TABLE partner_client (
  id uuid PRIMARY KEY,                 -- the client id the partner sends
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
  contact_email text NOT NULL,
  scopes text[] NOT NULL,
  requests_per_minute integer NOT NULL CHECK (requests_per_minute BETWEEN 1 AND 100000),
  secret_hash text NOT NULL,           -- SHA-256 of a 256-bit random secret, shown once
  secret_rotated_at timestamptz NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES person (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0
);

-- Requests per client and minute: the rate limit's window and the usage admins see.
CREATE TABLE partner_usage (
  client_id uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
  minute timestamptz NOT NULL,
  requests integer NOT NULL DEFAULT 0,
  refused integer NOT NULL DEFAULT 0,
  PRIMARY KEY (client_id, minute)
);
