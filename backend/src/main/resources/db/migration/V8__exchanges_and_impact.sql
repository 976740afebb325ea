-- Exchanges between member organisations, market and non-market, valued by stated rules; cooperation
-- agreements and testimonials; impact rollups kept exact in the transaction that confirms or voids.

-- How non-market help is valued in euros. Rules are never edited: a new rule with a later effective
-- date replaces the previous one for exchanges from that date, and each exchange keeps the rule it used.
CREATE TABLE valuation_rule (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('HELPING_HAND', 'SKILLED_WORK', 'SKILLS_SPONSORSHIP', 'EQUIPMENT_LOAN', 'DONATION', 'BARTER')),
  method text NOT NULL CHECK (method IN ('HOURLY_RATE', 'DAILY_RATE', 'PERCENT_OF_VALUE_PER_DAY', 'DECLARED_VALUE')),
  rate numeric(10, 2) CHECK (rate IS NULL OR rate >= 0),
  effective_from date NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES person (id),
  UNIQUE (kind, effective_from),
  CHECK ((method = 'DECLARED_VALUE') = (rate IS NULL))
);

-- Starting references: helping hands at the minimum wage with employer charges, skilled work and
-- skills sponsorship at typical cost prices, loans at 1 % of the item's value per day.
INSERT INTO valuation_rule (kind, method, rate, effective_from, created_at) VALUES
 ('HELPING_HAND', 'HOURLY_RATE', 18.00, DATE '2020-01-01', now()),
 ('SKILLED_WORK', 'HOURLY_RATE', 35.00, DATE '2020-01-01', now()),
 ('SKILLS_SPONSORSHIP', 'HOURLY_RATE', 50.00, DATE '2020-01-01', now()),
 ('EQUIPMENT_LOAN', 'PERCENT_OF_VALUE_PER_DAY', 1.00, DATE '2020-01-01', now()),
 ('DONATION', 'DECLARED_VALUE', NULL, DATE '2020-01-01', now()),
 ('BARTER', 'DECLARED_VALUE', NULL, DATE '2020-01-01', now());

CREATE TABLE exchange (
  id uuid PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  beneficiary_id uuid NOT NULL REFERENCES organisation (id),
  declared_by_side text NOT NULL CHECK (declared_by_side IN ('PROVIDER', 'BENEFICIARY')),
  declared_by uuid REFERENCES person (id),
  mode text NOT NULL,
  occurred_on date NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  offer_id uuid REFERENCES catalog_item (id) ON DELETE SET NULL,
  request_id uuid REFERENCES catalog_item (id) ON DELETE SET NULL,
  introduction_id uuid REFERENCES introduction (id) ON DELETE SET NULL,
  category_code text REFERENCES category (code),
  channel text NOT NULL CHECK (channel IN ('HOTLINE', 'EVENT', 'NEWSLETTER', 'POST_OF_THE_DAY', 'CATALOGUE', 'PARTNER', 'DIRECT')),
  amount_eur numeric(12, 2) CHECK (amount_eur >= 0),
  valuation_kind text,
  hours numeric(7, 2) CHECK (hours > 0),
  days integer CHECK (days > 0),
  declared_value_eur numeric(12, 2) CHECK (declared_value_eur >= 0),
  value_eur numeric(12, 2),
  rule_id integer REFERENCES valuation_rule (id),
  status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'DISPUTED', 'CANCELLED')),
  confirmed_by uuid REFERENCES person (id),
  confirmed_on_behalf boolean NOT NULL DEFAULT false,
  confirmed_at timestamptz,
  -- the network, territories and sectors it counted for when confirmed (voiding takes it out of the same)
  impact_scopes text[],
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0,
  CHECK (provider_id <> beneficiary_id),
  CHECK ((amount_eur IS NULL) <> (value_eur IS NULL))
);
CREATE INDEX exchange_provider_idx ON exchange (provider_id, occurred_on DESC);
CREATE INDEX exchange_beneficiary_idx ON exchange (beneficiary_id, occurred_on DESC);
CREATE INDEX exchange_introduction_idx ON exchange (introduction_id) WHERE introduction_id IS NOT NULL;
CREATE INDEX exchange_created_idx ON exchange (created_at DESC);
CREATE INDEX exchange_pending_idx ON exchange (status, created_at DESC) WHERE status IN ('PENDING', 'DISPUTED');

-- Every change of an exchange, with the fields as they were after it.
CREATE TABLE exchange_change (
  id bigserial PRIMARY KEY,
  exchange_id uuid NOT NULL REFERENCES exchange (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor_id uuid REFERENCES person (id),
  action text NOT NULL,
  on_behalf boolean NOT NULL DEFAULT false,
  note text,
  snapshot jsonb NOT NULL
);
CREATE INDEX exchange_change_exchange_idx ON exchange_change (exchange_id, id);

-- A cooperation agreement drafted from the template; accepted by both, its text is frozen with its hash.
CREATE TABLE cooperation_agreement (
  exchange_id uuid PRIMARY KEY REFERENCES exchange (id) ON DELETE CASCADE,
  terms jsonb NOT NULL,
  text text NOT NULL,
  sha256 char(64) NOT NULL,
  drafted_by uuid REFERENCES person (id),
  drafted_at timestamptz NOT NULL,
  provider_accepted_by uuid REFERENCES person (id),
  provider_accepted_at timestamptz,
  beneficiary_accepted_by uuid REFERENCES person (id),
  beneficiary_accepted_at timestamptz,
  frozen_at timestamptz,
  version integer NOT NULL DEFAULT 0
);

-- Published only while both sides agree.
CREATE TABLE testimonial (
  exchange_id uuid PRIMARY KEY REFERENCES exchange (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  written_by uuid REFERENCES person (id),
  provider_consents boolean NOT NULL DEFAULT false,
  beneficiary_consents boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL,
  published_at timestamptz
);
CREATE INDEX testimonial_published_idx ON testimonial (published_at DESC) WHERE published_at IS NOT NULL;

-- For the network graph: confirmed exchanges of a period, read from the index alone.
CREATE INDEX exchange_confirmed_idx ON exchange (occurred_on) INCLUDE (provider_id, beneficiary_id, impact_scopes)
  WHERE status = 'CONFIRMED';

-- Impact rollups, per scope: 'network', a territory id ('departement:59', 'epci:200093201') or
-- 'sector:<code>'. Confirmed exchanges only; months are the first day of the month of the exchange.
-- Sums by month, mode and channel:
CREATE TABLE impact_month (
  scope text NOT NULL,
  month date NOT NULL,
  mode text NOT NULL,
  channel text NOT NULL,
  exchanges integer NOT NULL,
  market_eur numeric(16, 2) NOT NULL,
  hours numeric(14, 2) NOT NULL,
  non_market_eur numeric(16, 2) NOT NULL,
  PRIMARY KEY (scope, month, mode, channel) INCLUDE (exchanges, market_eur, hours, non_market_eur)
);

-- The months each organisation exchanged in (a multirange: "did it exchange in this period" is one
-- overlap test, so distinct counts over any period read one row per organisation).
CREATE TABLE impact_organisation (
  scope text NOT NULL,
  organisation_id uuid NOT NULL,
  active datemultirange NOT NULL,
  PRIMARY KEY (scope, organisation_id) INCLUDE (active)
);

-- Bumped with every change of the rollups, in the same transaction: figures computed at one version
-- can be reused until the next.
CREATE TABLE impact_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO impact_version VALUES (true, 0);

-- Pairs are stored once, the smaller id first, with the months of their first and second exchanges.
CREATE TABLE impact_pair (
  scope text NOT NULL,
  low_id uuid NOT NULL,
  high_id uuid NOT NULL,
  exchanges integer NOT NULL,
  first_month date NOT NULL,
  second_month date,
  PRIMARY KEY (scope, low_id, high_id)
);
CREATE INDEX impact_pair_first_idx ON impact_pair (scope, first_month);
CREATE INDEX impact_pair_second_idx ON impact_pair (scope, second_month) WHERE second_month IS NOT NULL;

-- The scopes an exchange between two organisations counts for, in a fixed order (so that concurrent
-- confirmations lock rollup rows in the same order).
CREATE FUNCTION impact_scopes(provider uuid, beneficiary uuid) RETURNS text[] AS $$
  SELECT array_agg(DISTINCT s ORDER BY s) FROM (
    SELECT 'network' AS s
    UNION SELECT t.departement_id FROM organisation o JOIN territory t ON t.id = o.commune_id
          WHERE o.id IN (provider, beneficiary) AND t.departement_id IS NOT NULL
    UNION SELECT t.epci_id FROM organisation o JOIN territory t ON t.id = o.commune_id
          WHERE o.id IN (provider, beneficiary) AND t.epci_id IS NOT NULL
    UNION SELECT 'sector:' || os.sector_code FROM organisation_sector os WHERE os.organisation_id IN (provider, beneficiary)
  ) scopes
$$ LANGUAGE sql STABLE;

CREATE FUNCTION impact_month_range(m date) RETURNS datemultirange AS $$
  SELECT datemultirange(daterange(m, (m + interval '1 month')::date))
$$ LANGUAGE sql IMMUTABLE;

-- Recomputes the organisation and pair rows of one scope from the confirmed exchanges (after a void).
CREATE FUNCTION impact_recount(s text, low uuid, high uuid) RETURNS void AS $$
DECLARE
  o uuid;
BEGIN
  FOREACH o IN ARRAY ARRAY[low, high] LOOP
    DELETE FROM impact_organisation r WHERE r.scope = s AND r.organisation_id = o;
    INSERT INTO impact_organisation
      SELECT s, o, range_agg(daterange(m, (m + interval '1 month')::date))
      FROM (SELECT date_trunc('month', x.occurred_on)::date AS m FROM exchange x
            WHERE x.status = 'CONFIRMED' AND s = ANY (x.impact_scopes) AND (x.provider_id = o OR x.beneficiary_id = o)) e
      HAVING count(*) > 0;
  END LOOP;
  DELETE FROM impact_pair r WHERE r.scope = s AND r.low_id = low AND r.high_id = high;
  INSERT INTO impact_pair
    SELECT s, low, high, count(*), min(m), (array_agg(m ORDER BY m))[2]
    FROM (SELECT date_trunc('month', x.occurred_on)::date AS m FROM exchange x
          WHERE x.status = 'CONFIRMED' AND s = ANY (x.impact_scopes)
            AND ((x.provider_id = low AND x.beneficiary_id = high) OR (x.provider_id = high AND x.beneficiary_id = low))) e
    HAVING count(*) > 0;
END
$$ LANGUAGE plpgsql;

-- Adds (sign 1) or takes out (sign -1, once the exchange is no longer confirmed) one exchange from
-- every rollup of its scopes.
CREATE FUNCTION impact_apply(exchange_id uuid, sign integer) RETURNS void AS $$
DECLARE
  x exchange%ROWTYPE;
  s text;
  m date;
  low uuid;
  high uuid;
  market numeric;
  non_market numeric;
  given_hours numeric;
BEGIN
  SELECT * INTO STRICT x FROM exchange WHERE id = exchange_id;
  UPDATE impact_version SET version = version + 1;
  m := date_trunc('month', x.occurred_on)::date;
  low := least(x.provider_id, x.beneficiary_id);
  high := greatest(x.provider_id, x.beneficiary_id);
  market := coalesce(x.amount_eur, 0) * sign;
  non_market := coalesce(x.value_eur, 0) * sign;
  given_hours := CASE WHEN x.amount_eur IS NULL THEN coalesce(x.hours, 0) ELSE 0 END * sign;
  FOREACH s IN ARRAY x.impact_scopes LOOP
    INSERT INTO impact_month AS r VALUES (s, m, x.mode, x.channel, sign, market, given_hours, non_market)
      ON CONFLICT (scope, month, mode, channel) DO UPDATE SET exchanges = r.exchanges + sign,
        market_eur = r.market_eur + market, hours = r.hours + given_hours, non_market_eur = r.non_market_eur + non_market;
    IF sign > 0 THEN
      INSERT INTO impact_organisation AS r VALUES (s, low, impact_month_range(m)), (s, high, impact_month_range(m))
        ON CONFLICT (scope, organisation_id) DO UPDATE SET active = r.active + EXCLUDED.active;
      INSERT INTO impact_pair AS r VALUES (s, low, high, 1, m, NULL)
        ON CONFLICT (scope, low_id, high_id) DO UPDATE SET exchanges = r.exchanges + 1,
          first_month = least(r.first_month, m),
          second_month = CASE WHEN m < r.first_month THEN r.first_month
                              ELSE least(coalesce(r.second_month, m), m) END;
    ELSE
      DELETE FROM impact_month r WHERE r.scope = s AND r.month = m AND r.mode = x.mode AND r.channel = x.channel AND r.exchanges = 0;
      PERFORM impact_recount(s, low, high);
    END IF;
  END LOOP;
END
$$ LANGUAGE plpgsql;

-- Recomputes every rollup from the confirmed exchanges (after a bulk load; the application keeps them
-- up to date one exchange at a time).
CREATE FUNCTION impact_rebuild() RETURNS void AS $$
BEGIN
  UPDATE exchange SET impact_scopes = impact_scopes(provider_id, beneficiary_id)
    WHERE status = 'CONFIRMED' AND impact_scopes IS NULL;
  TRUNCATE impact_month, impact_organisation, impact_pair;
  UPDATE impact_version SET version = version + 1;
  -- one row per scope, pair and month first: every rollup is read from it
  CREATE TEMP TABLE pair_month ON COMMIT DROP AS
    SELECT s.scope, x.month, x.low_id, x.high_id, x.exchanges
    FROM (SELECT impact_scopes AS scopes, date_trunc('month', occurred_on)::date AS month,
                 least(provider_id, beneficiary_id) AS low_id, greatest(provider_id, beneficiary_id) AS high_id, count(*) AS exchanges
          FROM exchange WHERE status = 'CONFIRMED' GROUP BY 1, 2, 3, 4) x
    CROSS JOIN LATERAL unnest(x.scopes) AS s(scope);
  INSERT INTO impact_month
    SELECT s.scope, x.month, x.mode, x.channel, sum(x.exchanges), sum(x.market), sum(x.hours), sum(x.non_market)
    FROM (SELECT impact_scopes AS scopes, date_trunc('month', occurred_on)::date AS month, mode, channel, count(*) AS exchanges,
                 sum(coalesce(amount_eur, 0)) AS market, sum(coalesce(value_eur, 0)) AS non_market,
                 sum(CASE WHEN amount_eur IS NULL THEN coalesce(hours, 0) ELSE 0 END) AS hours
          FROM exchange WHERE status = 'CONFIRMED' GROUP BY 1, 2, 3, 4) x
    CROSS JOIN LATERAL unnest(x.scopes) AS s(scope)
    GROUP BY 1, 2, 3, 4;
  INSERT INTO impact_organisation
    SELECT scope, organisation_id, range_agg(daterange(month, (month + interval '1 month')::date))
    FROM (SELECT scope, month, low_id AS organisation_id FROM pair_month UNION SELECT scope, month, high_id FROM pair_month) o
    GROUP BY 1, 2;
  INSERT INTO impact_pair
    SELECT scope, low_id, high_id, sum(exchanges), min(month),
           -- the second exchange is in the first month when that month had two
           CASE WHEN (array_agg(exchanges ORDER BY month))[1] > 1 THEN min(month) ELSE (array_agg(month ORDER BY month))[2] END
    FROM pair_month GROUP BY 1, 2, 3;
  ANALYZE impact_month, impact_organisation, impact_pair;
END
$$ LANGUAGE plpgsql SET work_mem = '256MB';
