#!/usr/bin/env bash
# Restores an archive made by scripts/backup.sh: BACKUP=<archive.tar or its extracted directory>.
#   - into DATA_DIR (default ./.data): a fresh embedded PostgreSQL is created in DATA_DIR/postgres by the
#     launcher's `database` mode. DATA_DIR must be empty, or FORCE=1 replaces its database (DATA_DIR/postgres
#     and DATA_DIR/delivery-marks are deleted; the rest of DATA_DIR, such as keys/, is left as it is). The platform must be stopped.
#   - or, with DATABASE_URL or QUARKUS_DATASOURCE_JDBC_URL(/USERNAME/PASSWORD), into that server's database,
#     which must hold no table.
# The archive's checksums are checked first; pg_restore runs in one transaction (all or nothing), without
# the source's owners and grants; then the restored database's inventory (every table's row count and
# checksum, every sequence, every stored file's sha256) must equal the manifest's, or this fails.
# Token signing keys are not in backups: the platform generates DATA_DIR/keys at its first start.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/backup-lib.sh"

[ -n "${BACKUP:-}" ] || die "usage: make restore BACKUP=backups/elbasar-backup-<time>.tar [DATA_DIR=…] [FORCE=1]"
[ -e "$BACKUP" ] || die "$BACKUP does not exist"
data_dir=$(absolute "${DATA_DIR:-$root/.data}")
started=$(date +%s.%N)

bin=$(pg_tools)
export PATH="$bin:$PATH"

# --- The archive: complete and intact ------------------------------------------------------------------
scratch=$(mktemp -d "${TMPDIR:-/tmp}/elbasar-restore.XXXXXX")
remove_scratch() { rm -rf "$scratch"; }
on_exit remove_scratch
if [ -d "$BACKUP" ]; then
  archive_dir=$(cd "$BACKUP" && pwd)
else
  tar -xf "$BACKUP" -C "$scratch" database.dump manifest.json SHA256SUMS || die "$BACKUP is not a backup archive"
  archive_dir=$scratch
fi
for file in database.dump manifest.json SHA256SUMS; do
  [ -f "$archive_dir/$file" ] || die "$BACKUP has no $file"
done
(cd "$archive_dir" && sha256sum --quiet -c SHA256SUMS >&2) || die "$BACKUP is damaged: its checksums do not match"
grep -q '"format": "elbasar-backup/1"' "$archive_dir/manifest.json" || die "$BACKUP: unknown manifest format"
sed -n '/"inventory": \[/,/^  \]/p' "$archive_dir/manifest.json" | sed -e '1d;$d' -e 's/^ *//' -e 's/,$//' \
  | LC_ALL=C sort >"$scratch/expected.jsonl"
pg_restore --list "$archive_dir/database.dump" >/dev/null || die "$BACKUP: pg_restore cannot read database.dump"

# --- The target: empty ------------------------------------------------------------------------------------
if [ -n "${DATABASE_URL:-}" ] || [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  connect_source "$data_dir"
  target=$SOURCE_DESCRIPTION
  tables=$(psql -X -At "$DB" -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'")
  [ "$tables" = 0 ] || die "$target already holds $tables tables: restore into an empty database (drop and create it again)"
else
  [ -z "$(running_port "$data_dir")" ] || die "the platform (or its database) is running on $data_dir: stop it first"
  if [ -n "$(ls -A "$data_dir" 2>/dev/null)" ]; then
    [ "${FORCE:-}" = 1 ] || die "$data_dir is not empty: choose an empty DATA_DIR, or FORCE=1 to replace its database"
    # delivery marks name rows of the replaced database (docs/security.md): they must not touch the restored one
    say "FORCE=1: deleting $data_dir/postgres and $data_dir/delivery-marks"
    rm -rf "$data_dir/postgres" "$data_dir/delivery-marks"
  fi
  mkdir -p "$data_dir"
  say "creating a fresh embedded database in $data_dir/postgres"
  start_embedded "$data_dir"
  target="the embedded database of $data_dir"
  on_failure_hint() { [ "$EXIT_STATUS" = 0 ] || say "$data_dir/postgres holds the failed attempt: look at it, then delete it (or run again with FORCE=1)"; }
  on_exit on_failure_hint
fi

# --- Restore, then prove it -------------------------------------------------------------------------------
say "restoring $(basename "$BACKUP") into $target"
phase=$(date +%s.%N)
pg_restore --no-owner --no-acl --exit-on-error --single-transaction --dbname="$DB" "$archive_dir/database.dump" \
  || die "pg_restore failed: nothing was restored"
restore_seconds=$(elapsed "$phase")
phase=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -f "$root/scripts/backup-inventory.sql" "$DB" | LC_ALL=C sort >"$scratch/restored.jsonl"
if ! cmp -s "$scratch/expected.jsonl" "$scratch/restored.jsonl"; then
  say "the restored database differs from the backup's manifest (< manifest, > restored):"
  diff "$scratch/expected.jsonl" "$scratch/restored.jsonl" | grep '^[<>]' | head -40 >&2 || true
  die "restore verification failed"
fi
verify_seconds=$(elapsed "$phase")
psql -X -q -c ANALYZE "$DB"
stop_embedded

tables=$(grep -c '"kind": "table"' "$scratch/restored.jsonl" || true)
rows=$(sed -n 's/.*"rows": \([0-9]*\).*/\1/p' "$scratch/restored.jsonl" | awk '{ n += $1 } END { print n + 0 }')
media=$(grep -c '"kind": "media"' "$scratch/restored.jsonl" || true)
say "restored and verified against the manifest: $tables tables, $rows rows, $media stored files, in $(elapsed "$started") s (pg_restore $restore_seconds s, verification $verify_seconds s)"
if [ ! -f "$data_dir/keys/jwt-private.pem" ] && [ -z "${DATABASE_URL:-}${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  say "new token signing keys will be generated in $data_dir/keys at the first start (people stay signed in: see docs/operations.md)"
fi
