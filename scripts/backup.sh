#!/usr/bin/env bash
# Backs up the platform's database into one dated archive, BACKUP_DIR/elbasar-backup-<UTC time>.tar:
#   database.dump  pg_dump's custom format (-Fc): the whole database, uploaded photos and event images
#                  included (the platform stores them in bytea columns, not in files)
#   manifest.json  when, from what, the PostgreSQL and schema versions, every table's row count and
#                  checksum, every sequence, every stored file's sha256 (scripts/backup-inventory.sql)
#   SHA256SUMS     of the two files above
# The manifest is taken in the very snapshot pg_dump dumps, so a backup of a running platform is
# consistent and a restore must reproduce the manifest exactly. Token signing keys are not included.
# Format, protection and restore: docs/operations.md.
#
# Which database, the first that applies:
#   DATABASE_URL                 a libpq URI (postgresql://user:password@host:port/db)
#   QUARKUS_DATASOURCE_JDBC_URL  the application's own settings, with QUARKUS_DATASOURCE_USERNAME/PASSWORD
#   PGPORT                       the embedded server of a running platform on that port (user postgres)
#   DATA_DIR (default ./.data)   the embedded server of DATA_DIR: when the platform runs, the port is read
#                                from DATA_DIR/postgres/postmaster.pid; when it is stopped, the launcher
#                                starts the database alone (`java -jar quarkus-run.jar database`) for the
#                                time of the dump
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/backup-lib.sh"

data_dir=$(absolute "${DATA_DIR:-$root/.data}")
backup_dir=$(absolute "${BACKUP_DIR:-$root/backups}")
started=$(date +%s.%N)

bin=$(pg_tools)
export PATH="$bin:$PATH"
connect_source "$data_dir"

tools_major=$(pg_dump --version | sed -n 's/^pg_dump (PostgreSQL) \([0-9]*\).*/\1/p')
server_num=$(psql -X -At -c 'SHOW server_version_num' "$DB")
server_version=$(psql -X -At -c 'SHOW server_version' "$DB")
[ "$((server_num / 10000))" -le "$tools_major" ] \
  || die "the server is PostgreSQL $server_version and pg_dump is $tools_major: set PG_TOOLS_DIR to client tools of major >= $((server_num / 10000))"

umask 077
mkdir -p "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=elbasar-backup-$stamp
work=$backup_dir/.$name.partial
archive=$backup_dir/$name.tar
[ ! -e "$archive" ] || die "$archive already exists"
rm -rf "$work"
mkdir -p "$work"
cleanup_work() { rm -rf "$work"; }
on_exit cleanup_work

# One session: a read-only snapshot exported to pg_dump, then the inventory of that same snapshot.
say "dumping ($SOURCE_DESCRIPTION)"
phase=$(date +%s.%N)
ELBASAR_DB=$DB ELBASAR_DUMP=$work/database.dump psql -X -q -v ON_ERROR_STOP=1 "$DB" \
  -v inventory_sql="$root/scripts/backup-inventory.sql" -v inventory="$work/inventory.jsonl" -v meta="$work/meta" <<'SQL'
BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SELECT pg_export_snapshot() AS snapshot \gset
\setenv ELBASAR_SNAPSHOT :snapshot
\! pg_dump --format=custom --snapshot="$ELBASAR_SNAPSHOT" --file="$ELBASAR_DUMP" "$ELBASAR_DB"; echo $? >"$ELBASAR_DUMP.status"; date +%s.%N >"$ELBASAR_DUMP.done"
\o :meta
\pset format unaligned
\pset tuples_only on
SELECT to_regclass('flyway_schema_history') IS NOT NULL AS has_flyway \gset
\if :has_flyway
SELECT (SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1)
       AS schema_version \gset
\else
\set schema_version none
\endif
SELECT concat_ws(' ', :'schema_version', current_database(), pg_database_size(current_database()));
\o :inventory
\i :inventory_sql
\o
COMMIT;
SQL
[ "$(cat "$work/database.dump.status" 2>/dev/null)" = 0 ] || die "pg_dump failed"
rm "$work/database.dump.status"
dump_done=$(cat "$work/database.dump.done")
rm "$work/database.dump.done"
dump_seconds=$(awk -v s="$phase" -v e="$dump_done" 'BEGIN { printf "%.1f", e - s }')
inventory_seconds=$(elapsed "$dump_done")
read -r schema_version database_name database_bytes <"$work/meta"
rm "$work/meta"

# Sequences are not transactional: the values read in the snapshot may already be ahead of those pg_dump
# recorded a moment later or earlier. The manifest takes them from the dump itself (what a restore sets).
pg_restore --list "$work/database.dump" | grep ' SEQUENCE SET ' >"$work/sequences.list" || true
grep -v '"kind": "sequence"' "$work/inventory.jsonl" >"$work/inventory.tables" || true
pg_restore --use-list="$work/sequences.list" --file=- "$work/database.dump" \
  | sed -n "s/^SELECT pg_catalog.setval('\(.*\)', \([0-9-]*\), \(true\|false\));\$/\1 \2 \3/p" | tr -d '"' \
  | while read -r sequence value called; do
      [ "$called" = true ] || value=null
      printf '{"kind": "sequence", "name": "%s", "last_value": %s}\n' "$sequence" "$value"
    done | LC_ALL=C sort >"$work/inventory.sequences"
cat "$work/inventory.tables" "$work/inventory.sequences" >"$work/inventory.jsonl"
rm "$work/sequences.list" "$work/inventory.tables" "$work/inventory.sequences"

dump_sha256=$(sha256sum "$work/database.dump" | cut -d' ' -f1)
dump_bytes=$(stat -c %s "$work/database.dump")
app_version=$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$root/backend/pom.xml" 2>/dev/null || true)
commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || true)
if [ -n "$commit" ] && [ -n "$(git -C "$root" --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi
unknown_files=$(find "$data_dir" -mindepth 1 -maxdepth 1 ! -name postgres ! -name keys ! -name mail ! -name delivery-marks -printf '%f ' 2>/dev/null || true)
[ -z "$unknown_files" ] || say "warning: $data_dir also holds $unknown_files: not part of the backup (see docs/operations.md)"

{
  printf '{\n'
  printf '  "format": "elbasar-backup/1",\n'
  printf '  "createdAt": "%s",\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '  "application": {"version": %s, "commit": %s, "schemaVersion": %s},\n' \
    "$(json_string "${app_version:-unknown}")" "$(json_string "${commit:-unknown}")" "$(json_string "$schema_version")"
  printf '  "source": %s,\n' "$(json_string "$SOURCE_DESCRIPTION")"
  printf '  "postgresql": {"server": %s, "pgDump": %s},\n' \
    "$(json_string "$server_version")" "$(json_string "$(pg_dump --version)")"
  printf '  "database": {"name": %s, "sizeBytes": %s, "file": "database.dump", "format": "pg_dump custom (-Fc)", "bytes": %s, "sha256": "%s"},\n' \
    "$(json_string "$database_name")" "$database_bytes" "$dump_bytes" "$dump_sha256"
  printf '  "signingKeysIncluded": false,\n'
  printf '  "inventory": [\n'
  sed -e 's/^/    /' -e '$!s/$/,/' "$work/inventory.jsonl"
  printf '  ]\n}\n'
} >"$work/manifest.json"
rm "$work/inventory.jsonl"
tables=$(grep -c '"kind": "table"' "$work/manifest.json" || true)
rows=$(sed -n 's/.*"rows": \([0-9]*\).*/\1/p' "$work/manifest.json" | awk '{ n += $1 } END { print n + 0 }')
media=$(grep -c '"kind": "media"' "$work/manifest.json" || true)
(cd "$work" && sha256sum database.dump manifest.json >SHA256SUMS)
tar -cf "$work/$name.tar" -C "$work" database.dump manifest.json SHA256SUMS
chmod 600 "$work/$name.tar"
mv "$work/$name.tar" "$archive"

say "$archive: $tables tables, $rows rows, $media stored files, dump $(human "$dump_bytes"), in $(elapsed "$started") s (pg_dump $dump_seconds s, inventory $inventory_seconds s)"
echo "$archive"
