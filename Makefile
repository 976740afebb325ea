# elBasar: `make run` starts the whole platform, `make test` runs every test.
SHELL := /bin/bash
PORT ?= 8080
DATA_DIR ?= $(CURDIR)/.data
MVN := mvn -B -q
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: rotate-keys run cluster cluster-test cluster-report test k8s-validate backend-test guide-tools frontend-test e2e bench bench-smoke bench-baseline bench-tools newsletter-crash webhook-crash faults soak build frontend backend openapi chromium clean large-data

## run: build, then start API + SPA + embedded PostgreSQL + demo data on http://localhost:$(PORT)
run: build
	@mkdir -p "$(DATA_DIR)"
	@# with its JVM options (backend/jvm.options, copied next to the jar), from the jar's directory as its class-data archive needs
	cd $(dir $(BACKEND_JAR)) && PORT=$(PORT) DATA_DIR="$(abspath $(DATA_DIR))" PUBLIC_URL=http://localhost:$(PORT) \
	ELBASAR_DEMO_DATA=true ELBASAR_MAIL_MOCK=true ELBASAR_MAIL_DUMP_DIR="$(abspath $(DATA_DIR))/mail" \
	java @jvm.options -jar quarkus-run.jar

## test: the deployment files checked against their schemas, backend (hostile input included), frontend unit and browser
## end-to-end tests, the benchmark harness at small scale, 20 faults under load, a cluster under faults, and a backup restored and compared
## (pg_dump 17, which backup-test needs and Debian 12 lacks, is built meanwhile at the lowest priority, once;
## the tools installed with apt come first, so that no two apt-get runs meet)
test: guide-tools chromium bench-tools
	@nice -n 19 scripts/pg-tools.sh >/dev/null 2>"$${TMPDIR:-/tmp}/elbasar-pg-tools.log" &
	$(MAKE) k8s-validate backend-test frontend-test e2e bench-smoke faults cluster-test backup-test

## k8s-validate: deploy/kubernetes against the Kubernetes 1.36 and CloudNativePG 1.30 schemas, unknown fields refused,
## docker-compose.yml against deploy/nginx.conf, and broken copies of the manifests that must be refused (seconds, no network)
k8s-validate: deploy/kubernetes/node_modules
	node deploy/kubernetes/validate.mjs

deploy/kubernetes/node_modules: deploy/kubernetes/package-lock.json
	cd deploy/kubernetes && npm ci --no-audit --no-fund
	@touch deploy/kubernetes/node_modules

## cluster: build, then a PostgreSQL primary (embedded binaries) with a streaming standby, CLUSTER_INSTANCES (default 3)
## instances and HAProxy round robin on http://localhost:$(PORT), in the foreground until Ctrl-C; data in $(DATA_DIR)/cluster
cluster: build bench-tools bench/node_modules
	DATA_DIR="$(abspath $(DATA_DIR))" PORT=$(PORT) node bench/cluster.mjs start

## cluster-test: the same with 2 instances in bench/work/cluster, driven through HAProxy under a load of members while one
## instance is killed (SIGKILL) and restarted and the standby stopped immediately and restarted: no acknowledged write lost,
## no failed request but those in flight on the killed instance, sign-in throttling held across instances, a member's new
## offer visible to them at once, each periodic job run by hand ran once and each of its emails delivered once (bench/cluster.mjs)
cluster-test: build bench-tools bench/node_modules
	node bench/cluster.mjs test

## cluster-report: the cluster test, its figures written to bench/results/<date>-cluster.md and .json
cluster-report: build bench-tools bench/node_modules
	CLUSTER_RESULTS=1 node bench/cluster.mjs test

build: frontend backend

frontend: frontend/node_modules
	cd frontend && npm run build

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch frontend/node_modules

# The SPA built in frontend/dist is packaged into the backend (served from META-INF/resources).
backend:
	cd backend && $(MVN) package -DskipTests

# PartnerGuideTest runs the partner guide's curl and jq examples; MetricsTest reads the SPA's pages, so the SPA is built first
backend-test: guide-tools frontend
	cd backend && mvn -B test

guide-tools:
	@command -v curl >/dev/null && command -v jq >/dev/null || (apt-get update -qq && apt-get install -y -qq curl jq)

frontend-test: frontend/node_modules
	cd frontend && npm run lint && npm test

e2e: chromium build
	scripts/e2e.sh

## bench: the platform at scale (10k organisations, 100k offers; BENCH_SCALE=large: 100k organisations, 1M offers) at 1, 16 and
## 64 connections, BENCH_RUNS times (default 3), against the database's ceiling for the same SQL (prepared, at most the pool's
## connections) and a trivial endpoint; writes bench/results/<date>[-large].md and .json and the README table (bench/README.md)
bench: build bench-tools bench/node_modules
	BENCH_SCALE=$${BENCH_SCALE:-full} node bench/run.mjs
	node bench/newsletter.mjs
	node bench/webhooks.mjs

## bench-smoke: the harness at small scale (≈4-5 min on 2 busy cores), and the guard: the database work of each hot request (statements and shared
## blocks per request, from pg_stat_statements) must stay within 25 % of bench/baseline-small.json
bench-smoke: build bench-tools
	BENCH_SCALE=small node bench/run.mjs

## bench-baseline: the same run, writing bench/baseline-small.json from the current code (commit it: lowering it locks an improvement in)
bench-baseline: build bench-tools
	BENCH_SCALE=small BENCH_BASELINE=write node bench/run.mjs

## newsletter-crash: an issue to 300 recipients through a local SMTP sink, the application killed twice mid-send
newsletter-crash: build bench-tools bench/node_modules
	NEWSLETTER_SCALE=small node bench/newsletter.mjs

## webhook-crash: a member publishes 60 offers while a partner listens, the application killed twice meanwhile
webhook-crash: build bench-tools bench/node_modules
	WEBHOOK_SCALE=small node bench/webhooks.mjs

## faults: 20 faults under a steady load of writes (PostgreSQL stopped immediately, the application killed with SIGKILL,
## both), then every acknowledged write looked for and every email and webhook counted (bench/faults.mjs); each delivery
## repeated under its id is given its cause from the sinks' arrival times and the faults' times: it is allowed only when
## the application was killed at the acceptance before it (SMTP cannot tell what it received), and one that only a
## database outage, or no fault at all, explains fails the run
faults: build bench-tools bench/node_modules
	FAULTS_SCALE=small FAULTS_ALLOW_RESENDS=after-kill node bench/faults.mjs

## soak: the same with 200 faults (FAULTS_COUNT overrides); the report goes to bench/results
soak: build bench-tools bench/node_modules
	FAULTS_SCALE=soak FAULTS_ALLOW_RESENDS=after-kill node bench/faults.mjs

bench/node_modules: bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund
	@touch bench/node_modules

bench-tools:
	@command -v wrk >/dev/null && command -v psql >/dev/null && command -v java >/dev/null && command -v haproxy >/dev/null \
	  || (apt-get update -qq && apt-get install -y -qq wrk postgresql-client haproxy)

chromium:
	@command -v "$${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

## rotate-keys: a new token signing key for the next start; tokens signed with the old one stay valid a day.
## Several instances: STEP=prepare first (the next key trusted by all), restart each, then rotate-keys (docs/security.md)
rotate-keys: backend/target/quarkus-app/quarkus-run.jar
	DATA_DIR="$(abspath $(DATA_DIR))" java -jar $(BACKEND_JAR) rotate-keys $(STEP)

backend/target/quarkus-app/quarkus-run.jar:
	$(MAKE) build

## openapi: rewrite openapi.yaml from the code (commit the result)
openapi:
	cd backend && mvn -B test -Dtest=ContractTest -Delbasar.openapi.write=true

clean:
	rm -rf backend/target frontend/dist

## large-data: a platform with 10k organisations, 100k offers and 30k requests in LARGE_DATA_DIR (then: make run DATA_DIR=.data-large)
LARGE_DATA_DIR ?= $(CURDIR)/.data-large
large-data: backend
	@command -v psql >/dev/null || (apt-get update -qq && apt-get install -y -qq postgresql-client)
	scripts/large-data.sh "$(LARGE_DATA_DIR)" $${SCALE:-1}

.PHONY: backup restore backup-test
## backup: the database (pg_dump -Fc, uploaded photos included) and its manifest into BACKUP_DIR/elbasar-backup-<UTC time>.tar,
## platform running or stopped (docs/operations.md; builds pg_dump 17 once when the system has none)
BACKUP_DIR ?= $(CURDIR)/backups
backup:
	DATA_DIR="$(abspath $(DATA_DIR))" BACKUP_DIR="$(abspath $(BACKUP_DIR))" scripts/backup.sh

## restore: BACKUP=<archive> into an empty DATA_DIR (FORCE=1 replaces its database), checked against the archive's manifest
restore:
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/elbasar-backup-<time>.tar [DATA_DIR=...] [FORCE=1]" >&2; exit 2; }
	DATA_DIR="$(abspath $(DATA_DIR))" BACKUP="$(abspath $(BACKUP))" FORCE="$(FORCE)" scripts/restore.sh

## backup-test: demo data and uploaded photos backed up (running and stopped), restored, compared table by table and file by file
backup-test: build
	node bench/backup-restore.mjs
