-- A per-offer choice: partner purchasing platforms (Ceres) may show this market offer.
ALTER TABLE catalog_item ADD COLUMN show_on_ceres boolean NOT NULL DEFAULT false;
ALTER TABLE catalog_item ADD CONSTRAINT catalog_item_ceres_market_offer CHECK (NOT show_on_ceres OR (market AND kind = 'OFFER'));
