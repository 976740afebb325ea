-- The inventory of a database, one JSON object a line, that a backup's manifest records and a restore
-- must reproduce exactly (scripts/backup.sh, scripts/restore.sh; docs/operations.md):
--   {"kind": "table", "name": "public.person", "rows": 12, "md5": "…"}  every table of the application's
--       schemas (not the extensions' own): its row count and a checksum of its content, the md5 of the
--       sorted md5s of each row's text, so that it needs neither a primary key nor memory for a whole table;
--   {"kind": "sequence", "name": "public.x_seq", "last_value": 41}
--   {"kind": "media", "table": "public.catalog_photo", "column": "content", "key": "<primary key>",
--       "bytes": 48213, "sha256": "…"}  every stored file: the platform keeps uploaded photos and event
--       images in bytea columns, so every non-null bytea value is listed (but Quartz's, qrtz_*: serialized job
--       and trigger data, not files; their rows are in their tables' checksums).
-- Row text depends on a few settings (time zone, date style, bytea output): they are fixed here, so that
-- two servers of any configuration give the same text for the same rows.
-- Run with psql (\gexec) in unaligned, tuples-only mode; output ordered so that two inventories diff.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET bytea_output = 'hex';
SET extra_float_digits = 1;
\pset format unaligned
\pset tuples_only on
\pset pager off

-- the application's tables (and materialized views), without those an extension owns
SELECT format(
  $q$SELECT jsonb_build_object('kind', 'table', 'name', %L, 'rows', count(*),
       'md5', md5(coalesce(string_agg(h, '' ORDER BY h COLLATE "C"), ''))) FROM (SELECT md5(t::text) AS h FROM %I.%I t) s$q$,
  n.nspname || '.' || c.relname, n.nspname, c.relname)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
\gexec

SELECT jsonb_build_object('kind', 'sequence', 'name', schemaname || '.' || sequencename, 'last_value', last_value)
FROM pg_sequences
WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
ORDER BY schemaname COLLATE "C", sequencename COLLATE "C";

-- every non-null bytea value, keyed by its row's primary key (or, without one, the row's md5)
SELECT format(
  $q$SELECT jsonb_build_object('kind', 'media', 'table', %L, 'column', %L, 'key', k, 'bytes', octet_length(v),
       'sha256', encode(sha256(v), 'hex')) FROM (SELECT %s AS k, t.%I AS v FROM %I.%I t) s WHERE v IS NOT NULL ORDER BY k COLLATE "C"$q$,
  n.nspname || '.' || c.relname, a.attname,
  coalesce((SELECT string_agg(format('t.%I::text', pk.attname), $$ || ',' || $$ ORDER BY array_position(i.indkey::int2[], pk.attnum))
            FROM pg_index i JOIN pg_attribute pk ON pk.attrelid = i.indrelid AND pk.attnum = ANY (i.indkey)
            WHERE i.indrelid = c.oid AND i.indisprimary), 'md5(t::text)'),
  a.attname, n.nspname, c.relname)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.atttypid = 'bytea'::regtype AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind = 'r' AND c.relname NOT LIKE 'qrtz\_%'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attname COLLATE "C"
\gexec
