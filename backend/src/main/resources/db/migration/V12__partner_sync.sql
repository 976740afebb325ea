-- What partners copy changes here, in the order a partner can follow without missing any: each change
-- carries the transaction that made it, and a partner is only given changes of transactions that
-- every later reader sees finished (older than the oldest transaction still running).
CREATE TABLE partner_change (
  seq bigserial PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  entity text NOT NULL CHECK (entity IN ('offer', 'organisation')),
  entity_id uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_change_order_idx ON partner_change (entity, xid, seq);

CREATE FUNCTION partner_change_offer() RETURNS trigger AS $$
DECLARE
  item catalog_item;
BEGIN
  item := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  IF item.kind = 'OFFER' THEN
    INSERT INTO partner_change (entity, entity_id) VALUES ('offer', item.id);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER catalog_item_partner_change_trg
  AFTER INSERT OR UPDATE OR DELETE ON catalog_item
  FOR EACH ROW EXECUTE FUNCTION partner_change_offer();

-- An organisation's offers show its name and SIRET, and vanish with it: they change with it.
CREATE FUNCTION partner_change_organisation() RETURNS trigger AS $$
BEGIN
  INSERT INTO partner_change (entity, entity_id) VALUES ('organisation', NEW.id);
  INSERT INTO partner_change (entity, entity_id)
    SELECT 'offer', id FROM catalog_item WHERE organisation_id = NEW.id AND kind = 'OFFER';
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_partner_change_trg
  AFTER INSERT OR UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION partner_change_organisation();

-- What exists already is the first change of everything.
INSERT INTO partner_change (entity, entity_id) SELECT 'organisation', id FROM organisation ORDER BY created_at, id;
INSERT INTO partner_change (entity, entity_id) SELECT 'offer', id FROM catalog_item WHERE kind = 'OFFER' ORDER BY created_at, id;
