#!/usr/bin/env bash
# Fills an elBasar database with bench data: bench/generate.sh DATABASE_URL [scale]
#   DATABASE_URL  a libpq URL (postgresql://user:password@host:5432/elbasar) or a JDBC one
#                 (jdbc:postgresql://host:5432/elbasar?user=...&password=...); the database must
#                 already have the schema (Flyway migrations V1..V3).
#   scale         1 (default) = 10,000 organisations, 100,000 offers, 30,000 requests; 0.02 = 200/2,000/600.
# Optional environment: SEED (between -1 and 1, default 0.42), BENCH_NOW (timestamp the dates are
# spread around, default now), BENCH_EXCHANGES (number of exchanges, default 1,000,000 x scale).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

url="${1#jdbc:}"
scale="${2:-1}"
if ! [[ "$scale" =~ ^([0-9]+([.][0-9]*)?|[.][0-9]+)$ ]] || [[ "$scale" =~ ^[0.]+$ ]]; then
  echo "scale must be a positive number, not '$scale'" >&2
  exit 2
fi
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=(-X -q -v ON_ERROR_STOP=1 -v scale="$scale")
[[ -n "${SEED:-}" ]] && args+=(-v seed="$SEED")
[[ -n "${BENCH_NOW:-}" ]] && args+=(-v now="$BENCH_NOW")
[[ -n "${BENCH_EXCHANGES:-}" ]] && args+=(-v exchanges="$BENCH_EXCHANGES")

start=$(date +%s.%N)
psql "${args[@]}" -f "$here/generate.sql" "$url"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v scale="$scale" 'BEGIN { printf "generated in %.1f s (scale %s)\n", e - s, scale }'
