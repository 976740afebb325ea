-- The words index of listed items, one per kind. With a single index, the planner met "kind = 'OFFER'"
-- by ANDing the bitmap of the whole organisation index (kind is its second column): at 1,000,000 offers,
-- a common word in a commune read 10,094 more blocks and spent 170-200 ms on it (EXPLAIN ANALYZE on the
-- large bench data, 2026-12-08); each of these indexes implies its kind, so the bitmap is not built.
CREATE INDEX catalog_offer_search_idx ON catalog_item USING gin (search_vector)
    WHERE kind = 'OFFER' AND status = 'PUBLISHED' AND hidden_at IS NULL;
CREATE INDEX catalog_request_search_idx ON catalog_item USING gin (search_vector)
    WHERE kind = 'REQUEST' AND status = 'PUBLISHED' AND hidden_at IS NULL;
DROP INDEX catalog_item_search_idx;
