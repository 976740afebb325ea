#!/usr/bin/env bash
# Browser end-to-end tests: starts the packaged platform on a free port with a fresh embedded
# database and the demo data, runs the Playwright scenarios against it (arguments go to Playwright:
# scripts/e2e.sh e2e/newsletter.spec.ts runs one), and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
data_dir=$(mktemp -d -t elbasar-e2e-XXXXXX)
log="$data_dir/platform.log"

PORT=$port DATA_DIR="$data_dir" PUBLIC_URL="http://localhost:$port" \
  ELBASAR_DEMO_DATA=true ELBASAR_MAIL_MOCK=true ELBASAR_PARTNER_WEBHOOKS_REQUIRE_HTTPS=false ELBASAR_PARTNER_WEBHOOKS_ALLOWED_INTERNAL_HOSTS=127.0.0.1 ELBASAR_MAIL_DUMP_DIR="$data_dir/mail" \
  java -Xmx512m -jar backend/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
platform=$!
trap 'kill $platform 2>/dev/null || true; wait $platform 2>/dev/null || true; rm -rf "$data_dir"' EXIT

ready() {
  node -e "fetch('http://localhost:$port/q/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
}
for _ in $(seq 1 120); do
  ready && break
  kill -0 $platform 2>/dev/null || { cat "$log"; echo "the platform did not start"; exit 1; }
  sleep 1
done
ready || { cat "$log"; echo "the platform is not ready"; exit 1; }

cd frontend
E2E_BASE_URL="http://localhost:$port" E2E_MAIL_DIR="$data_dir/mail" npm run e2e -- "$@" || { tail -n 100 "$log"; exit 1; }
