-- What matching tells of an organisation's past (docs/matching.md, tie-breakers), kept as tallies so
-- that a suggestion reads one row per candidate instead of counting its exchanges and introductions
-- (measured on 1,000,000 exchanges: 30,000 shared buffers and most of the 300 ms of a request).
-- Triggers keep them, so that every way of writing exchanges and introductions (the services, the
-- demo data, the bench generator's bulk inserts) follows; matching_tallies_drift lists where they
-- differ from the truth (none when all is well).

-- An exchange made, as history: an exchange declared and confirmed, or an introduction said to have
-- ended in an exchange unless an exchange declared for it was confirmed (so that it counts once).
CREATE VIEW matching_history AS
SELECT e.provider_id, e.beneficiary_id AS partner_id, e.category_code
FROM exchange e WHERE e.status = 'CONFIRMED'
UNION ALL
SELECT x.provider_id, x.requester_id, x.category_code
FROM introduction x
WHERE x.status = 'EXCHANGE_MADE'
  AND NOT EXISTS (SELECT 1 FROM exchange e WHERE e.introduction_id = x.id AND e.status = 'CONFIRMED');

-- Exchanges made between two organisations, either way; the smaller id first.
CREATE TABLE matching_pair (
  low_id uuid NOT NULL,
  high_id uuid NOT NULL,
  exchanges integer NOT NULL,
  PRIMARY KEY (low_id, high_id) INCLUDE (exchanges)
);

-- Exchanges made by a provider, per category (not per top category: a category may change parent).
CREATE TABLE matching_category (
  provider_id uuid NOT NULL,
  category_code text NOT NULL,
  exchanges integer NOT NULL,
  PRIMARY KEY (provider_id, category_code) INCLUDE (exchanges)
);

-- Every introduction to a provider, and those it answered. Responsiveness counts only introductions
-- older than a week: that deadline moves with time, so matching subtracts the provider's introductions
-- of the last week, read from introduction_provider_idx (a week of one provider's introductions).
CREATE TABLE matching_introductions (
  provider_id uuid PRIMARY KEY,
  introduced integer NOT NULL CHECK (introduced >= 0),
  answered integer NOT NULL CHECK (answered >= 0 AND answered <= introduced)
);

-- Adds (delta 1) or takes out (delta -1) exchanges made; keys are locked in a fixed order (pairs, then
-- categories, each sorted) so that concurrent changes cannot deadlock. (No CHECK on the counts: it
-- would test the row proposed by INSERT, -1, before ON CONFLICT adds it to the existing one.)
CREATE FUNCTION matching_history_add(delta integer, providers uuid[], partners uuid[], categories text[]) RETURNS void AS $$
  INSERT INTO matching_pair (low_id, high_id, exchanges)
  SELECT least(p, q), greatest(p, q), delta * count(*)
  FROM unnest(providers, partners) h(p, q)
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (low_id, high_id) DO UPDATE SET exchanges = matching_pair.exchanges + excluded.exchanges;
  INSERT INTO matching_category (provider_id, category_code, exchanges)
  SELECT p, c, delta * count(*)
  FROM unnest(providers, categories) h(p, c)
  WHERE c IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (provider_id, category_code) DO UPDATE SET exchanges = matching_category.exchanges + excluded.exchanges;
$$ LANGUAGE sql;

-- Exchanges change by statement (the bench inserts a million in one): their own history, and that of
-- the introductions they were declared for, which stops (or starts again) counting when one of their
-- exchanges is confirmed (or no longer is).
CREATE FUNCTION matching_exchange_changed() RETURNS trigger AS $$
DECLARE
  touched uuid[] := '{}';
  confirmed_before uuid[] := '{}';
  new_ids uuid[] := '{}';
  x record;
  was_counted boolean;
  is_counted boolean;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT coalesce(array_agg(DISTINCT introduction_id) FILTER (WHERE introduction_id IS NOT NULL), '{}'),
           coalesce(array_agg(DISTINCT introduction_id) FILTER (WHERE introduction_id IS NOT NULL AND status = 'CONFIRMED'), '{}')
      INTO touched, confirmed_before FROM old_rows;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT touched || coalesce(array_agg(DISTINCT introduction_id) FILTER (WHERE introduction_id IS NOT NULL), '{}'),
           coalesce(array_agg(id) FILTER (WHERE introduction_id IS NOT NULL), '{}')
      INTO touched, new_ids FROM new_rows;
  END IF;
  -- locked first, as an outcome given at the same time locks them before the tallies: it waits for
  -- this change and counts with it
  PERFORM 1 FROM introduction i WHERE i.id = ANY (touched) ORDER BY i.id FOR UPDATE;
  IF TG_OP <> 'INSERT' THEN
    PERFORM matching_history_add(-1, array_agg(provider_id), array_agg(beneficiary_id), array_agg(category_code))
    FROM old_rows WHERE status = 'CONFIRMED';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM matching_history_add(1, array_agg(provider_id), array_agg(beneficiary_id), array_agg(category_code))
    FROM new_rows WHERE status = 'CONFIRMED';
  END IF;
  FOR x IN SELECT i.id, i.provider_id, i.requester_id, i.category_code FROM introduction i
           WHERE i.id = ANY (touched) AND i.status = 'EXCHANGE_MADE' ORDER BY i.id LOOP
    was_counted := NOT (x.id = ANY (confirmed_before) OR EXISTS (SELECT 1 FROM exchange e
      WHERE e.introduction_id = x.id AND e.status = 'CONFIRMED' AND e.id <> ALL (new_ids)));
    is_counted := NOT EXISTS (SELECT 1 FROM exchange e WHERE e.introduction_id = x.id AND e.status = 'CONFIRMED');
    IF was_counted <> is_counted THEN
      PERFORM matching_history_add(CASE WHEN is_counted THEN 1 ELSE -1 END, ARRAY[x.provider_id], ARRAY[x.requester_id],
                                   ARRAY[x.category_code]);
    END IF;
  END LOOP;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER matching_exchange_inserted AFTER INSERT ON exchange
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_exchange_changed();
CREATE TRIGGER matching_exchange_updated AFTER UPDATE ON exchange
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_exchange_changed();
CREATE TRIGGER matching_exchange_deleted AFTER DELETE ON exchange
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_exchange_changed();

-- An introduction counts for the provider's responsiveness, and as history once it ended in an
-- exchange that no confirmed exchange stands for.
CREATE FUNCTION matching_introduction_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'EXCHANGE_MADE'
     AND NOT EXISTS (SELECT 1 FROM exchange e WHERE e.introduction_id = OLD.id AND e.status = 'CONFIRMED') THEN
    PERFORM matching_history_add(-1, ARRAY[OLD.provider_id], ARRAY[OLD.requester_id], ARRAY[OLD.category_code]);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'EXCHANGE_MADE'
     AND NOT EXISTS (SELECT 1 FROM exchange e WHERE e.introduction_id = NEW.id AND e.status = 'CONFIRMED') THEN
    PERFORM matching_history_add(1, ARRAY[NEW.provider_id], ARRAY[NEW.requester_id], ARRAY[NEW.category_code]);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    UPDATE matching_introductions SET introduced = introduced - 1, answered = answered - (OLD.status <> 'PROPOSED')::int
    WHERE provider_id = OLD.provider_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO matching_introductions (provider_id, introduced, answered)
    VALUES (NEW.provider_id, 1, (NEW.status <> 'PROPOSED')::int)
    ON CONFLICT (provider_id) DO UPDATE SET introduced = matching_introductions.introduced + 1,
                                            answered = matching_introductions.answered + excluded.answered;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER matching_introduction_changed AFTER INSERT OR UPDATE OR DELETE ON introduction
  FOR EACH ROW EXECUTE FUNCTION matching_introduction_changed();

-- The tallies as they should be, from the exchanges and introductions themselves.
CREATE VIEW matching_tallies_truth AS
SELECT 'pair' AS tally, least(provider_id, partner_id)::text || ' ' || greatest(provider_id, partner_id)::text AS key,
       count(*)::int AS exchanges, NULL::int AS answered
FROM matching_history GROUP BY 2
UNION ALL
SELECT 'category', provider_id::text || ' ' || category_code, count(*)::int, NULL FROM matching_history
WHERE category_code IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'introductions', provider_id::text, count(*)::int, count(*) FILTER (WHERE status <> 'PROPOSED')::int
FROM introduction GROUP BY 2;

-- Rows where a tally differs from the truth (tallies at zero count as absent): none when all is well.
CREATE VIEW matching_tallies_drift AS
WITH kept AS (
  SELECT 'pair' AS tally, low_id::text || ' ' || high_id::text AS key, exchanges, NULL::int AS answered
  FROM matching_pair WHERE exchanges > 0
  UNION ALL
  SELECT 'category', provider_id::text || ' ' || category_code, exchanges, NULL FROM matching_category WHERE exchanges > 0
  UNION ALL
  SELECT 'introductions', provider_id::text, introduced, answered FROM matching_introductions WHERE introduced > 0)
(SELECT * FROM kept EXCEPT ALL SELECT * FROM matching_tallies_truth)
UNION ALL
(SELECT * FROM matching_tallies_truth EXCEPT ALL SELECT * FROM kept);

-- Filled from what exists.
INSERT INTO matching_pair (low_id, high_id, exchanges)
SELECT least(provider_id, partner_id), greatest(provider_id, partner_id), count(*) FROM matching_history GROUP BY 1, 2;
INSERT INTO matching_category (provider_id, category_code, exchanges)
SELECT provider_id, category_code, count(*) FROM matching_history WHERE category_code IS NOT NULL GROUP BY 1, 2;
INSERT INTO matching_introductions (provider_id, introduced, answered)
SELECT provider_id, count(*), count(*) FILTER (WHERE status <> 'PROPOSED') FROM introduction GROUP BY 1;
