-- A search's filters and facets read columns of the item itself, filled when it is written, instead
-- of joining categories, territories and sectors for each match (issue 21). Measured on 100,000 offers
-- in bench/results: see docs/search.md.
--   top_category     the top category of the item's category (itself when it is one)
--   place_keys       what the territory filter looks for, through one GIN index:
--                    'in:<t>' for the reached territory and every territory enclosing it (found from
--                    them), 'at:<t>' for the reached territory (found from every territory inside it),
--                    'remote' for items available anywhere
--   departement_ids  the départements where the item is available, as the territory filter finds it
--   sector_codes     the sectors of its organisation, kept when they change
ALTER TABLE catalog_item
  ADD COLUMN top_category text,
  ADD COLUMN place_keys text[],
  ADD COLUMN departement_ids text[],
  ADD COLUMN sector_codes text[];

CREATE FUNCTION catalog_item_places() RETURNS trigger AS $$
BEGIN
  NEW.top_category := (SELECT coalesce(c.parent_code, c.code) FROM category c WHERE c.code = NEW.category_code);
  IF NEW.reach_territory_id IS NULL THEN
    NEW.place_keys := ARRAY['remote'];
    NEW.departement_ids := ARRAY(SELECT d.id FROM territory d WHERE d.kind = 'DEPARTEMENT' ORDER BY d.id);
  ELSE
    NEW.place_keys := ARRAY(SELECT 'in:' || p FROM territory r, unnest(r.id || r.parent_ids) p WHERE r.id = NEW.reach_territory_id)
                      || ('at:' || NEW.reach_territory_id);
    NEW.departement_ids := ARRAY(
        SELECT d.id FROM territory d JOIN territory r ON r.id = NEW.reach_territory_id
        WHERE d.kind = 'DEPARTEMENT' AND (r.id = d.id OR d.id = ANY (r.parent_ids) OR r.id = ANY (d.parent_ids))
        ORDER BY d.id);
  END IF;
  IF TG_OP = 'INSERT' OR NEW.sector_codes IS NULL OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id THEN
    NEW.sector_codes := ARRAY(SELECT s.sector_code FROM organisation_sector s WHERE s.organisation_id = NEW.organisation_id
                              ORDER BY s.sector_code);
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER catalog_item_places_trg
  BEFORE INSERT OR UPDATE OF category_code, reach, reach_territory_id, organisation_id ON catalog_item
  FOR EACH ROW EXECUTE FUNCTION catalog_item_places();

-- An organisation's sectors change: its items' copy follows, in the same transaction.
CREATE FUNCTION catalog_item_sectors_follow() RETURNS trigger AS $$
BEGIN
  UPDATE catalog_item i
  SET sector_codes = ARRAY(SELECT s.sector_code FROM organisation_sector s WHERE s.organisation_id = i.organisation_id
                           ORDER BY s.sector_code)
  WHERE i.organisation_id IN (SELECT organisation_id FROM changed_sectors);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_sector_added_trg AFTER INSERT ON organisation_sector
  REFERENCING NEW TABLE AS changed_sectors FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_sectors_follow();
CREATE TRIGGER organisation_sector_removed_trg AFTER DELETE ON organisation_sector
  REFERENCING OLD TABLE AS changed_sectors FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_sectors_follow();
CREATE TRIGGER organisation_sector_changed_trg AFTER UPDATE ON organisation_sector
  REFERENCING NEW TABLE AS changed_sectors FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_sectors_follow();

-- A category moved under another top category: its items' top category follows.
CREATE FUNCTION catalog_item_top_category_follow() RETURNS trigger AS $$
BEGIN
  UPDATE catalog_item SET top_category = coalesce(NEW.parent_code, NEW.code) WHERE category_code = NEW.code;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER category_parent_trg AFTER UPDATE OF parent_code ON category
  FOR EACH ROW WHEN (OLD.parent_code IS DISTINCT FROM NEW.parent_code) EXECUTE FUNCTION catalog_item_top_category_follow();

-- Filling the columns is not a change partners need to hear about; setting organisation_id leaves
-- the search vectors as they are (their trigger watches other columns).
ALTER TABLE catalog_item DISABLE TRIGGER catalog_item_partner_change_trg;
UPDATE catalog_item SET organisation_id = organisation_id;
ALTER TABLE catalog_item ENABLE TRIGGER catalog_item_partner_change_trg;

ALTER TABLE catalog_item
  ALTER COLUMN top_category SET NOT NULL,
  ALTER COLUMN place_keys SET NOT NULL,
  ALTER COLUMN departement_ids SET NOT NULL,
  ALTER COLUMN sector_codes SET NOT NULL;

CREATE INDEX catalog_item_places_idx ON catalog_item USING gin (place_keys)
  WHERE status = 'PUBLISHED' AND hidden_at IS NULL;
CREATE INDEX catalog_item_sectors_idx ON catalog_item USING gin (sector_codes)
  WHERE status = 'PUBLISHED' AND hidden_at IS NULL;

-- The catalogue's change counter: any statement that writes items moves it, in the writer's
-- transaction. Each instance keeps a search's counts for the counter value it read with them, so a
-- change (from any instance, a job or SQL) is counted by the next search everywhere.
CREATE TABLE catalog_change (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO catalog_change (version) VALUES (0);

CREATE FUNCTION catalog_change_count() RETURNS trigger AS $$
BEGIN
  UPDATE catalog_change SET version = version + 1;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER catalog_item_change_trg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_change_count();
