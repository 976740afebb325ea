#!/usr/bin/env bash
# Starts the platform once on an empty data directory (its migrations create the schema), fills its
# embedded PostgreSQL with the bench generator, and stops it: scripts/large-data.sh DATA_DIR [scale]
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$1
scale=${2:-1}
[ ! -e "$data_dir/postgres" ] || { echo "$data_dir already has a database: remove it first" >&2; exit 1; }
mkdir -p "$data_dir"
db_port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
http_port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

PORT=$http_port DATA_DIR="$data_dir" EMBEDDED_DB_PORT=$db_port ELBASAR_MAIL_MOCK=true \
  java -jar backend/target/quarkus-app/quarkus-run.jar >"$data_dir/generate.log" 2>&1 &
platform=$!
trap 'kill $platform 2>/dev/null || true; wait $platform 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  node -e "fetch('http://localhost:$http_port/q/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  kill -0 $platform 2>/dev/null || { cat "$data_dir/generate.log"; exit 1; }
  sleep 1
done
bench/generate.sh "postgresql://postgres:postgres@localhost:$db_port/postgres" "$scale"
