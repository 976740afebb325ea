-- The hotline opens, at each start, the cases of published requests that have none (imports, demo and
-- bench data). Without this index that test walked every catalogue item: 2.6 to 3.4 s of each start at
-- 1,000,000 offers and 300,000 requests (180 ms at 100,000); with it, an index-only anti-join of the
-- requests against the cases, reading no table row (7.7 ms at 100,000, 69 ms at 1,000,000).
CREATE INDEX catalog_item_published_request_idx ON catalog_item (id) INCLUDE (author_id, published_at) WHERE kind = 'REQUEST' AND published_at IS NOT NULL;
