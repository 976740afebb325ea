# shellcheck shell=bash
# Shared by scripts/backup.sh and scripts/restore.sh (sourced, not run).

say() { echo "[${0##*/}] $*" >&2; }
die() { say "error: $*"; exit 1; }
absolute() { mkdir -p "$(dirname "$1")" && echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
human() { awk -v b="$1" 'BEGIN { split("B KiB MiB GiB TiB", u); i = 1; while (b >= 1024 && i < 5) { b /= 1024; i++ } printf (i == 1 ? "%d %s" : "%.1f %s"), b, u[i] }'; }
json_string() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | tr -d '\000-\037')"; }

# Handlers run at exit, last registered first (the embedded database is stopped, temporary files removed).
EXIT_HANDLERS=()
on_exit() { EXIT_HANDLERS=("$1" "${EXIT_HANDLERS[@]}"); }
# EXIT_STATUS is the script's exit status, for handlers that only act on failure.
run_exit_handlers() {
  EXIT_STATUS=$?
  local handler
  for handler in "${EXIT_HANDLERS[@]}"; do "$handler" || true; done
  return $EXIT_STATUS
}
trap run_exit_handlers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The directory of pg_dump, pg_restore and psql of major >= 17 (built once when the system has none).
# shellcheck disable=SC2154 # root: set by the sourcing script
pg_tools() { "$root/scripts/pg-tools.sh"; }

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# psql can connect and run a query on $1.
answers() { psql -X -At -c 'SELECT 1' "$1" >/dev/null 2>&1; }

# The port of the embedded server running on a data directory (from PostgreSQL's own postmaster.pid),
# or nothing when none is running.
running_port() {
  local pid_file=$1/postgres/postmaster.pid pid port
  [ -f "$pid_file" ] || return 0
  pid=$(sed -n 1p "$pid_file")
  port=$(sed -n 4p "$pid_file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$port"; fi
}

# Starts the platform's embedded PostgreSQL alone on a data directory (the launcher's `database` mode)
# and sets DB to its URL; it is stopped at exit.
EMBEDDED_PID=
start_embedded() {
  local data_dir=$1 jar=${BACKEND_JAR:-$root/backend/target/quarkus-app/quarkus-run.jar} port log
  [ -f "$jar" ] || die "$jar is missing: run make build (or set BACKEND_JAR)"
  command -v java >/dev/null || die "java is needed to start the embedded database"
  port=$(free_port)
  log=$(mktemp "${TMPDIR:-/tmp}/elbasar-database.XXXXXX.log")
  DATA_DIR=$data_dir EMBEDDED_DB_PORT=$port java -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" database >"$log" 2>&1 &
  EMBEDDED_PID=$!
  EMBEDDED_LOG=$log
  on_exit stop_embedded
  DB=postgresql://postgres:postgres@localhost:$port/postgres
  local deadline=$((SECONDS + 180))
  until answers "$DB"; do
    kill -0 "$EMBEDDED_PID" 2>/dev/null || { cat "$log" >&2; EMBEDDED_PID=; die "the embedded database did not start"; }
    [ $SECONDS -lt $deadline ] || { cat "$log" >&2; die "the embedded database did not answer within 180 s"; }
    sleep 0.2
  done
}

stop_embedded() {
  [ -n "$EMBEDDED_PID" ] || return 0
  kill -TERM "$EMBEDDED_PID" 2>/dev/null || true
  local waited=0
  while kill -0 "$EMBEDDED_PID" 2>/dev/null; do
    if [ $waited -ge 600 ]; then kill -KILL "$EMBEDDED_PID" 2>/dev/null || true; fi
    sleep 0.1
    waited=$((waited + 1))
  done
  wait "$EMBEDDED_PID" 2>/dev/null || true
  EMBEDDED_PID=
  rm -f "$EMBEDDED_LOG"
}

# jdbc:postgresql://host:port/db?params as a libpq URI, keeping only the parameters libpq knows.
jdbc_to_uri() {
  local url=${1#jdbc:} base query kept='' param params
  [[ $url == postgresql://* ]] || die "QUARKUS_DATASOURCE_JDBC_URL: expected jdbc:postgresql://host:port/database, not $1"
  base=${url%%\?*}
  if [[ $url == *\?* ]]; then
    query=${url#*\?}
    IFS='&' read -ra params <<<"$query"
    for param in "${params[@]}"; do
      case ${param%%=*} in
        sslmode | sslrootcert | sslcert | sslkey | connect_timeout | application_name | options | target_session_attrs | user | password)
          kept=${kept:+$kept&}$param ;;
      esac
    done
  fi
  echo "$base${kept:+?$kept}"
}

# Sets DB (a libpq URI) and SOURCE_DESCRIPTION for the database to back up; see scripts/backup.sh.
connect_source() {
  local data_dir=$1 port
  if [ -n "${DATABASE_URL:-}" ]; then
    DB=$DATABASE_URL
    SOURCE_DESCRIPTION="DATABASE_URL"
  elif [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    DB=$(jdbc_to_uri "$QUARKUS_DATASOURCE_JDBC_URL")
    [ -z "${QUARKUS_DATASOURCE_USERNAME:-}" ] || export PGUSER=$QUARKUS_DATASOURCE_USERNAME
    [ -z "${QUARKUS_DATASOURCE_PASSWORD:-}" ] || export PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
    SOURCE_DESCRIPTION="external server ${DB#postgresql://}"
    SOURCE_DESCRIPTION=${SOURCE_DESCRIPTION%%\?*}
  elif [ -n "${PGPORT:-}" ]; then
    DB=postgresql://postgres:postgres@localhost:$PGPORT/postgres
    SOURCE_DESCRIPTION="embedded database on port $PGPORT"
  else
    port=$(running_port "$data_dir")
    if [ -n "$port" ]; then
      DB=postgresql://postgres:postgres@localhost:$port/postgres
      SOURCE_DESCRIPTION="the running platform's embedded database ($data_dir, port $port)"
    elif [ -f "$data_dir/postgres/PG_VERSION" ]; then
      say "the platform is stopped: starting the embedded database of $data_dir alone"
      start_embedded "$data_dir"
      SOURCE_DESCRIPTION="the embedded database of $data_dir (platform stopped)"
    else
      die "no database in $data_dir/postgres: set DATA_DIR, DATABASE_URL, PGPORT or QUARKUS_DATASOURCE_JDBC_URL"
    fi
  fi
  answers "$DB" || die "cannot connect to $SOURCE_DESCRIPTION"
}
