#!/usr/bin/env node
// `make bench`: loads the bench data set, starts the packaged application against it and measures
// each case with wrk at 1, 16 and 64 connections, BENCH_RUNS times (default 3), next to the database's
// ceiling for the same SQL (Replay.java: prepared statements over at most the application's pool size)
// and the database's own time per request (pg_stat_statements). BENCH_SCALE=small is the smoke test of
// `make test`, and its guard: the database work of each hot request compared with bench/baseline-small.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { CASES, LISTS, PAGE_SIZES } from './cases.mjs';
import { Replayer, wrk } from './lib/load.mjs';
import { answers, freePort, launchApplication, residentMiB, startDatabase, waitFor, withPeakMemory } from './lib/processes.mjs';
import { compareWithBaseline, GUARD_MARGIN, markdown, median, round, machineLine, pageSizeTable, resultsTable, summarise, targets, targetsTable } from './lib/report.mjs';
import { countedStatements, databaseWork, perRequest, Psql, StatementLog, statementsByMarker, writeReplayScript } from './lib/statements.mjs';

// Per cell: `seconds` measured after the case's `warmup` (wrk at 16 connections, once per case); the
// replayer warms its connections `replayWarmup` seconds before each measure. Estimates on 2 cores in bench/README.md.
const MODES = {
  full: { scale: 1, runs: 3, seconds: 4, warmup: 3, replayWarmup: 0.5, data: '10,000 organisations, 100,000 offers, 30,000 requests, 1,000,000 exchanges, 2,000 events' },
  large: {
    scale: 10,
    exchanges: 2_000_000,
    runs: 3,
    seconds: 4,
    warmup: 3,
    replayWarmup: 0.5,
    // the cases the issue's targets name at this scale, the framework's limit and the home page
    cases: (c) => c.hot || c.sql === false,
    data: '100,000 organisations, 1,000,000 offers, 300,000 requests, 2,000,000 exchanges, 20,000 events',
  },
  small: { scale: 0.02, runs: 1, seconds: 2, warmup: 1, replayWarmup: 0.5, data: '200 organisations, 2,000 offers, 600 requests, 20,000 exchanges, 40 events' },
};
const CONNECTIONS = [1, 16, 64];
// a cell under load lasts long enough for each connection to be answered this many times at the rate the
// case reached at the concurrency before (a slow case's 4 s cells answered nothing), but never longer than
// MAX_CELL_SECONDS: a case that would need more is not loaded at that concurrency, and the table says why
const ANSWERS_PER_CONNECTION = 2;
const MAX_CELL_SECONDS = 30;
// requests of a case whose SQL is captured and replayed (an even sample when a case has more paths)
const CAPTURED = 100;
// a case whose requests never repeat has its ceiling replay requests other than the runs': the work of one
// (a common word in one of 4,000 communes) varies with the commune, so it gets a larger sample. With 100
// (20 communes), the replay's requests at 1,000,000 offers cost 10 % more database time than the runs'
// (4.1 s against 3.7 s at 16 connections) and the application came out "faster" than its ceiling.
const CAPTURED_UNCACHED = 300;
// the guard: the first GUARD_PATHS paths of each hot case, once to warm up, then GUARD_REPEAT times measured
const GUARD_PATHS = 10;
const GUARD_REPEAT = 3;
// not @bench.example: the generator refuses a database that already has such people
const STAFF = { email: 'bench-staff@elbasar.test', password: 'Bench-staff-2026!' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.env.BENCH_SCALE ?? 'full';
// BENCH_CASES=impact-network,impact-territory runs only those cases (a partial run never updates the README nor checks the guard)
const onlyCases = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',') : null;
const settings = MODES[mode];
if (!settings) throw new Error(`BENCH_SCALE must be one of ${Object.keys(MODES).join(', ')}, not ${mode}`);
const runs = Number(process.env.BENCH_RUNS ?? settings.runs);
const seconds = Number(process.env.BENCH_SECONDS ?? settings.seconds);
if (!(Number.isInteger(runs) && runs >= 1 && Number.isInteger(seconds) && seconds >= 1)) throw new Error('BENCH_RUNS and BENCH_SECONDS must be whole numbers from 1');
// BENCH_BASELINE=write (make bench-baseline) writes bench/baseline-small.json instead of comparing with it
const writeBaseline = process.env.BENCH_BASELINE === 'write';
const baselineFile = join(root, 'bench/baseline-small.json');
const jar = join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const work = join(root, 'bench/work', mode);
const resultsDir = process.env.BENCH_RESULTS_DIR ?? (mode === 'small' ? join(work, 'results') : join(root, 'bench/results'));

const say = (message) => console.log(`[bench] ${message}`);

/** The application's pool size (quarkus.datasource.jdbc.max-size, Agroal's default 20 in Quarkus): the ceiling never uses more backends. */
function poolSize() {
  const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
  const size = /^quarkus\.datasource\.jdbc\.max-size\s*=\s*(\d+)\s*$/m.exec(properties)?.[1];
  return Number(process.env.QUARKUS_DATASOURCE_JDBC_MAX_SIZE ?? size ?? 20);
}

/** CPU time (user + system, ms) the process has used so far, from /proc/<pid>/stat. */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // after the command: state is field 3, utime 14 and stime 15
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** `count` paths spread evenly over `paths`. */
const sample = (paths, count) => (paths.length <= count ? paths : Array.from({ length: count }, (_, i) => paths[Math.floor((i * paths.length) / count)]));

/**
 * Which paths warm-up, capture and each run request. A case whose paths must not repeat gets them in
 * disjoint slices: capture first (so that its statements are those of a request nobody made before),
 * then warm-up, then one slice per run.
 */
function pathPlan(definition, paths, cells) {
  if (!definition.uncached) return { warm: paths, captured: sample(paths, CAPTURED), cells: Array(cells).fill(paths) };
  const captured = paths.slice(0, Math.min(CAPTURED_UNCACHED, Math.floor(paths.length / 10)));
  const rest = paths.slice(captured.length);
  const chunk = Math.floor(rest.length / (cells + 1));
  const slices = Array.from({ length: cells + 1 }, (_, i) => rest.slice(i * chunk, (i + 1) * chunk));
  return { captured, warm: slices[0], cells: slices.slice(1) };
}

async function main() {
  if (!existsSync(jar)) throw new Error(`${jar} is missing: run make build first`);
  // BENCH_REUSE_DATA=1 measures the data a previous run of this scale generated (BENCH_GENERATE_ONLY=1 makes
  // it without measuring), so that a large generation can happen while the machine does something else
  const marker = join(work, 'data', 'bench-generated.json');
  const reused = process.env.BENCH_REUSE_DATA === '1' && existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null;
  if (reused && reused.schema !== dataVersion()) throw new Error(`${marker} was generated by other migrations or another generate.sql: generate again`);
  for (const entry of existsSync(work) ? readdirSync(work) : []) {
    if (!(reused && entry === 'data')) rmSync(join(work, entry), { recursive: true, force: true });
  }
  for (const dir of ['data', 'log', 'replay', 'paths']) mkdirSync(join(work, dir), { recursive: true });
  const pool = poolSize();

  // room for the replayer's connections beside the application's pool; statements are logged (as JSON
  // lines) only while a case's requests are captured; pg_stat_statements counts planning too
  const database = await startDatabase(jar, {
    dataDir: join(work, 'data'),
    logFile: join(work, 'database.out'),
    config:
      'max_connections=200;shared_preload_libraries=pg_stat_statements;pg_stat_statements.track_planning=on;pg_stat_statements.max=10000;' +
      `logging_collector=on;log_destination=jsonlog;log_directory=${join(work, 'log')};log_filename=postgresql.log`,
  });
  const dbPort = database.port;
  const databaseUrl = database.url;
  const stops = [() => database.stop()];
  try {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    const startApplication = () =>
      launchApplication(jar, {
        port,
        dataDir: join(work, 'data'),
        dbPort,
        logFile: join(work, 'application.out'),
        env: {
          ELBASAR_MAIL_MOCK: 'true',
          // their queries would mix with those of the captured requests (the generator fills the
          // catalogue's vocabulary, which the maintenance job would otherwise refresh 20 s after start)
          ELBASAR_OUTBOX_POLL: 'off',
          ELBASAR_CATALOG_MAINTENANCE_EVERY: 'off',
          ELBASAR_PARTNER_WEBHOOKS_EVERY: 'off',
          // ELBASAR_IMPACT_COMPUTED_SUMMARIES=0 measures the impact summaries computed for every request
          ...(process.env.ELBASAR_IMPACT_COMPUTED_SUMMARIES ? { ELBASAR_IMPACT_COMPUTED_SUMMARIES: process.env.ELBASAR_IMPACT_COMPUTED_SUMMARIES } : {}),
          // the staff account signed-in cases use
          ELBASAR_ADMIN_EMAIL: STAFF.email,
          ELBASAR_ADMIN_PASSWORD: STAFF.password,
        },
      });

    let application;
    const psql = new Psql(databaseUrl);
    stops.unshift(() => psql.close());
    let generationSeconds;
    if (reused) {
      say(`measuring the data generated on ${reused.date} (${reused.generationSeconds.toFixed(0)} s to generate)`);
      generationSeconds = reused.generationSeconds;
    } else {
      say(`creating the schema and generating ${settings.data}`);
      application = startApplication();
      await waitFor('the application (migrations)', () => answers(`${base}/api/v1/about`), application);
      await checkMigrations(psql);
      const generated = performance.now();
      execFileSync(join(root, 'bench/generate.sh'), [databaseUrl, String(settings.scale)], {
        stdio: 'inherit',
        env: { ...process.env, ...(settings.exchanges ? { BENCH_EXCHANGES: String(settings.exchanges) } : {}) },
      });
      generationSeconds = (performance.now() - generated) / 1000;
      await application.stop();
      await psql.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      // a steady state, as autovacuum keeps a live database: without it, autovacuum's first pass over the freshly
      // loaded tables (GIN pending lists merged, visibility map set) lands in the middle of the measures and
      // changes the work of the same request between the application's run and the ceiling's (seen: 30-fold)
      say('vacuuming the generated data');
      await psql.query('VACUUM (ANALYZE)');
      writeFileSync(marker, JSON.stringify({ date: new Date().toISOString(), schema: dataVersion(), generationSeconds }) + '\n');
      if (process.env.BENCH_GENERATE_ONLY === '1') {
        say(`generated in ${generationSeconds.toFixed(0)} s; measure it with BENCH_REUSE_DATA=1`);
        return;
      }
    }

    // the first start on generated data opens the hotline cases of its requests (the platform opens them as
    // requests are published): one-time work a restart does not repeat, so it is timed apart
    say('a first start on the data, timed apart (one-time work on generated data)');
    const firstStarted = performance.now();
    application = startApplication();
    await waitFor('the application (first start)', () => answers(`${base}/api/v1/about`), application);
    const firstStartSeconds = (performance.now() - firstStarted) / 1000;
    await application.stop();
    await psql.query('VACUUM (ANALYZE) hotline_case');

    say('starting the application on the prepared database');
    const started = performance.now();
    application = startApplication();
    stops.unshift(() => application.stop());
    await waitFor('the application', () => answers(`${base}/api/v1/about`), application);
    const startup = { seconds: (performance.now() - started) / 1000, firstStartSeconds };
    await sleep(1000);
    const afterStartMiB = residentMiB(application.pid);

    // a token lives 15 minutes, less than a run: signed-in cases sign in again before their measures
    const signIn = async () => {
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(STAFF),
      });
      if (!login.ok) throw new Error(`the bench staff account cannot sign in (${login.status})`);
      return `Bearer ${(await login.json()).accessToken}`;
    };
    const authorization = await signIn();

    const replayer = new Replayer(join(root, 'backend/target/quarkus-app'), dbPort);
    stops.unshift(() => replayer.close());
    const cellsPerCase = CONNECTIONS.length * runs;
    const cases = [];
    const selected = CASES.filter((c) => (!onlyCases || onlyCases.includes(c.name)) && (!settings.cases || settings.cases(c)));
    if (onlyCases && selected.length !== onlyCases.length) throw new Error(`BENCH_CASES names cases that do not exist or that BENCH_SCALE=${mode} does not run: ${onlyCases.join(', ')}`);
    for (const definition of selected) {
      const paths = await definition.paths(psql);
      const plan = pathPlan(definition, paths, cellsPerCase);
      if (plan.cells.some((slice) => slice.length === 0)) throw new Error(`${definition.name}: too few paths for ${cellsPerCase} runs that must not repeat one`);
      const file = (label, list) => {
        const name = join(work, 'paths', `${definition.name}-${label}.txt`);
        writeFileSync(name, list.join('\n') + '\n');
        return name;
      };
      const headers = { ...(definition.signedIn ? { Authorization: authorization } : {}), ...(definition.accept ? { Accept: definition.accept } : {}) };
      cases.push({
        ...definition,
        sql: definition.sql !== false,
        paths,
        plan,
        warmFile: file('warm', plan.warm),
        cellFiles: definition.uncached ? plan.cells.map((slice, i) => file(`run-${i}`, slice)) : Array(cellsPerCase).fill(file('all', paths)),
        headers,
      });
    }

    say('warming up');
    for (const c of cases) await wrk(base, c.warmFile, CONNECTIONS[1], settings.warmup, c.headers);
    await quiet(psql);

    say('capturing the SQL of each request');
    const log = new StatementLog(psql, join(work, 'log', 'postgresql.json'));
    const listPaths = LISTS.flatMap((list, l) => PAGE_SIZES.map((size) => [`list-${l}-${size}`, list.path(size)]));
    // a request is captured as a run serves it: one the runs repeat within seconds is asked once just before,
    // under a label nobody reads, so that what the application keeps (the counts of a search, for 10 to 30 s)
    // is absent from both sides; a request never repeated is captured cold, as it is served
    const requested = cases
      .filter((c) => c.sql)
      .flatMap((c) => c.plan.captured.map((path, i) => [`${c.name}-${i}`, path, c.headers, !c.uncached]));
    const listRequests = listPaths.map(([label, path]) => [label, path, {}, false]);
    const fetchOk = async (path, headers) => {
      const response = await fetch(`${base}${path}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    };
    const captured = statementsByMarker(
      await log.capture(async (mark) => {
        for (const [label, path, headers, repeated] of [...requested, ...listRequests]) {
          if (repeated) {
            await mark(`before-${label}`);
            await fetchOk(path, headers);
            // a count kept more than 10 s is counted again in the background after this answer: not in the next group
            await quiet(psql);
          }
          await mark(label);
          await fetchOk(path, headers);
        }
      }),
    );
    for (const c of cases.filter((c) => c.sql)) {
      c.requests = c.plan.captured.map((_, i) => captured[`${c.name}-${i}`] ?? []);
      if (c.requests.some((statements) => statements.length === 0)) throw new Error(`no SQL captured for a request of ${c.name}`);
      c.statementsPerRequest = c.requests.reduce((sum, s) => sum + countedStatements(s), 0) / c.requests.length;
      c.replayFile = writeReplayScript(join(work, 'replay'), c.name, c.requests);
    }
    const lists = LISTS.map((list, l) => ({
      title: list.title,
      statements: Object.fromEntries(PAGE_SIZES.map((size) => [size, countedStatements(captured[`list-${l}-${size}`] ?? [])])),
    }));

    let underLoadMiB = afterStartMiB;
    const results = [];
    for (const c of cases) {
      if (c.signedIn) c.headers.Authorization = await signIn();
      const cells = [];
      let cell = 0;
      for (const connections of CONNECTIONS) {
        // the ceiling at the concurrency the application can reach: no more backends than its pool holds
        const backends = Math.min(connections, pool);
        // the rate of the concurrency measured just before (one connection for 16, 16 for 64): a case
        // whose kept counts expire between two visits at one connection is far faster at 16
        const measured = cells.filter((done) => !done.skipped && done.connections === Math.max(...cells.map((d) => d.connections)));
        const before = { connections: measured[0]?.connections, rps: median(measured.map((done) => done.app.rps)) };
        const duration = cellSeconds(connections, before.rps);
        if (duration > MAX_CELL_SECONDS) {
          say(`${c.title}: not loaded with ${connections} connections (each run would need ${duration} s)`);
          for (let r = 0; r < runs; r++) cells.push({ connections, run: r + 1, skipped: { secondsNeeded: duration, rpsBefore: before.rps, connectionsBefore: before.connections } });
          cell += runs;
          continue;
        }
        for (let r = 0; r < runs; r++) {
          say(`${c.title}, ${connections} connection${connections > 1 ? 's' : ''}, run ${r + 1} of ${runs}${duration > seconds ? ` (${duration} s)` : ''}`);
          const cpuBefore = cpuMs(application.pid);
          const [[app, peak], db] = await databaseWork(psql, async () => {
            const measured = await withPeakMemory(application.pid, () => wrk(base, c.cellFiles[cell], connections, duration, c.headers));
            await quiet(psql);
            return measured;
          });
          cell++;
          underLoadMiB = Math.max(underLoadMiB, peak);
          app.cpuMsPerRequest = app.requests > 0 ? (cpuMs(application.pid) - cpuBefore) / app.requests : NaN;
          app.database = perRequest(db, app.sent);
          let ceiling = null;
          if (c.sql && connections > 1) {
            await replayer.run(c.replayFile, backends, 0, settings.replayWarmup);
            const [replayed, replayDb] = await databaseWork(psql, () => replayer.run(c.replayFile, backends, 0, duration));
            ceiling = { ...replayed, backends, database: perRequest(replayDb, replayed.started) };
          }
          cells.push({ connections, run: r + 1, app, ceiling });
        }
      }
      results.push({ name: c.name, title: c.title, kind: c.kind, hot: !!c.hot, sql: c.sql, paths: c.paths.length, statementsPerRequest: c.statementsPerRequest ?? 0, cells });
    }

    for (const c of cases.filter((c) => c.signedIn)) c.headers.Authorization = await signIn();
    const guard = mode === 'small' && !onlyCases ? await measureGuard(psql, base, cases) : null;

    const run = {
      date: new Date().toISOString().slice(0, 10),
      commit: commitLine(),
      mode,
      data: settings.data,
      generationSeconds,
      runs,
      seconds,
      maxCellSeconds: MAX_CELL_SECONDS,
      warmup: settings.warmup,
      pool,
      connections: CONNECTIONS,
      machine: machine(databaseUrl),
      startup,
      memory: { afterStartMiB, underLoadMiB },
      spa: spaSize(join(root, 'frontend/dist')),
      results: summarise(results),
      pageSizes: PAGE_SIZES,
      lists,
      guard,
    };
    // the guard's verdict is given even when the harness failed: a heavier request often makes both fail
    const guardProblems = guard ? checkGuard(guard) : [];
    harnessCheck(run);
    report(run);
    if (guardProblems.length > 0) throw new Error(guardProblems.join('\n'));
  } finally {
    for (const stop of stops) await stop();
  }
}

/**
 * How long a cell at `connections` lasts: the configured seconds, or longer when the rate the case reached
 * at the concurrency measured before (`rateBefore`, the median of its runs) would not answer each
 * connection ANSWERS_PER_CONNECTION times.
 */
function cellSeconds(connections, rateBefore) {
  if (connections === 1) return seconds;
  if (!(rateBefore > 0)) return Infinity;
  return Math.max(seconds, Math.ceil((ANSWERS_PER_CONNECTION * connections) / rateBefore));
}

/**
 * Waits until the application has finished what wrk left in flight (requests still running or queued for
 * a pool connection when wrk stopped): no other client backend active or in a transaction for half a second.
 * Without it, a slow case's last statements were logged after the next captured request's marker and
 * replayed as part of offer by id.
 */
async function quiet(psql) {
  let calm = 0;
  for (let attempt = 0; attempt < 1200 && calm < 10; attempt++) {
    const [busy] = await psql.query(
      `SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()`,
    );
    calm = Number(busy) === 0 ? calm + 1 : 0;
    await sleep(50);
  }
  if (calm < 10) throw new Error('the application still runs statements a minute after the end of a run');
}

/**
 * The database work of each hot request, as deterministic as the data and the plans: every path once
 * (warm-up), then pg_stat_statements reset and each path requested GUARD_REPEAT times, one at a time
 * (for a case marked uncached, as many paths requested once each, so that its counts are measured too).
 */
async function measureGuard(psql, base, cases) {
  say('measuring the database work of the hot requests (the guard)');
  const guard = {};
  for (const c of cases.filter((c) => c.hot)) {
    const paths = c.paths.slice(0, GUARD_PATHS);
    // a case whose counts must not come from a cache is measured on paths nobody requested before (the
    // last ones: runs and capture take theirs from the start); the others repeat theirs, counts cached
    const measured = c.uncached
      ? c.paths.slice(-GUARD_PATHS * GUARD_REPEAT)
      : Array.from({ length: GUARD_REPEAT }, () => paths).flat();
    const request = async (path) => {
      const response = await fetch(`${base}${path}`, { headers: c.headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    };
    for (const path of paths) await request(path);
    // a count these answers sent to be refreshed in the background is not the work of the measured requests
    await quiet(psql);
    const [, db] = await databaseWork(psql, async () => {
      for (const path of measured) await request(path);
    });
    const per = perRequest(db, measured.length);
    guard[c.name] = { statements: round(per.statements), blocks: round(per.blocks) };
  }
  return guard;
}

/** Writes the baseline (BENCH_BASELINE=write), or compares with it: returns what fails the guard. */
function checkGuard(guard) {
  if (writeBaseline) {
    writeFileSync(baselineFile, JSON.stringify({ margin: GUARD_MARGIN, generatedBy: 'make bench-baseline', commit: commitLine(), cases: guard }, null, 2) + '\n');
    say(`baseline written to ${baselineFile}: commit it`);
    return [];
  }
  if (!existsSync(baselineFile)) return [`${baselineFile} is missing: make bench-baseline writes it`];
  const { problems, improvements } = compareWithBaseline(JSON.parse(readFileSync(baselineFile, 'utf8')).cases, guard);
  for (const line of improvements) say(`lighter than the baseline: ${line} (make bench-baseline locks it in)`);
  if (problems.length > 0) {
    const message = `the guard failed: database work per request grew more than ${GUARD_MARGIN * 100} % over bench/baseline-small.json\n${problems.join('\n')}`;
    console.error(`[bench] ${message}`);
    return [message];
  }
  say(`guard passed: every hot request within ${GUARD_MARGIN * 100} % of its baseline's statements and shared blocks`);
  return [];
}

/** The commit measured, and whether the tree had changes beside it. */
/**
 * The data is marked with the sources' migrations: a jar built before a migration was added or removed
 * would generate data of another schema under that mark (seen: a stale jar's V22 in data marked without it).
 */
async function checkMigrations(psql) {
  const applied = (await psql.query('SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL')).sort();
  const sources = readdirSync(join(root, 'backend/src/main/resources/db/migration'))
    .map((file) => /^V(\d+)__/.exec(file)?.[1])
    .filter(Boolean)
    .sort();
  if (applied.join() !== sources.join()) {
    throw new Error(`the application applied migrations ${applied.join(', ')} where the sources have ${sources.join(', ')}: its jar is older than the sources (make build)`);
  }
}

/** What generated data depends on: the migrations and the generator (reused data must come from the same). */
function dataVersion() {
  const migrations = join(root, 'backend/src/main/resources/db/migration');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)));
  return hash.update(readFileSync(join(root, 'bench/generate.sql'))).digest('hex');
}

function commitLine() {
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
}

/**
 * What must hold for the figures to mean anything: every run answered without errors, every SQL case
 * captured and replayed, and no application faster than the database's ceiling for its own SQL (a
 * ratio above 100 % means the two sides did not measure the same work).
 */
function harnessCheck(run) {
  const problems = [];
  const warnings = [];
  for (const result of run.results) {
    for (const cell of result.cells.filter((cell) => !cell.skipped)) {
      const where = `${result.name} at ${cell.connections} connections, run ${cell.run}`;
      if (!(cell.app.requests > 0)) problems.push(`${where}: no request answered`);
      if (cell.app.errors > 0) problems.push(`${where}: ${cell.app.errors} errors`);
      if (result.sql && cell.connections > 1 && !(cell.ceiling?.transactions > 0)) problems.push(`${where}: the replay ran nothing`);
    }
    if (result.sql && !(result.statementsPerRequest > 0)) problems.push(`${result.name}: no SQL captured`);
    for (const row of result.rows) {
      if (row.ratio > 1 && !row.tie) {
        // a small run's single 2 s cells on a shared machine say nothing of rates: it checks the harness and the guard
        (run.mode === 'small' ? warnings : problems).push(
          `${result.name} at ${row.connections} connections: the application (${Math.round(row.app.rps.median)} req/s) is faster than ` +
            `the best run of the database's ceiling for its own SQL (${Math.round(row.ceiling.tps.max)} tps): a cache the capture missed, or SQL it did not see`,
        );
      }
    }
  }
  if (!(run.startup.seconds > 0 && run.memory.afterStartMiB > 0 && run.spa.initialGzipKB > 0)) problems.push('a figure is missing');
  for (const warning of warnings) say(`not judged at this scale: ${warning}`);
  if (problems.length > 0) {
    const file = join(work, 'failed-run.json');
    writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
    throw new Error(`harness error (figures in ${file}, not reported):\n${problems.join('\n')}`);
  }
}

function report(run) {
  const checked = targets(run);
  console.log(`\n${machineLine(run)}\n\n${resultsTable(run.results)}\n\n${pageSizeTable(run.lists, run.pageSizes)}\n\n${targetsTable(checked)}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${run.date}${run.mode === 'full' ? '' : `-${run.mode}`}${onlyCases ? '-partial' : ''}`);
  writeFileSync(`${file}.md`, markdown(run));
  writeFileSync(`${file}.json`, JSON.stringify({ ...run, targets: checked }, null, 2) + '\n');
  say(`results written to ${file}.md and .json`);
  if (run.mode !== 'small' && !onlyCases) updateReadme(run, `bench/results/${run.date}${run.mode === 'full' ? '' : `-${run.mode}`}.md`);
}

/** The README shows the latest full run between <!-- bench:start --> and <!-- bench:end -->, the latest large one between <!-- bench-large:... -->. */
function updateReadme(run, resultsFile) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const marker = run.mode === 'full' ? 'bench' : `bench-${run.mode}`;
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md lacks the markers ${start} and ${end}`);
  const table =
    `${start}\nLatest ${run.mode} run: ${run.date}, commit ${run.commit} (\`${resultsFile}\`, targets there). ${machineLine(run)} ` +
    `Data: ${run.data}. Median of ${run.runs} runs of ${run.seconds} s per cell, (min–max) across them; how to read it: \`bench/README.md\`.\n\n` +
    `${resultsTable(run.results)}\n${end}`;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), table));
}

/** JavaScript the browser loads before the first screen (the entry and its modulepreloads), gzipped. */
function spaSize(dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzipKB = (file) => gzipSync(readFileSync(join(dist, file))).length / 1000;
  const chunks = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const sizes = chunks.map((name) => [name, readFileSync(join(dist, 'assets', name)).length / 1000]).sort((a, b) => b[1] - a[1]);
  return {
    initialFiles: initial.length,
    initialGzipKB: initial.reduce((sum, file) => sum + gzipKB(file), 0),
    largestChunk: sizes[0][0],
    largestChunkKB: sizes[0][1],
  };
}

function machine(databaseUrl) {
  const output = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const release = readFileSync('/etc/os-release', 'utf8');
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0].model.trim(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: /PRETTY_NAME="([^"]+)"/.exec(release)?.[1] ?? 'Linux',
    java: spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0].trim(),
    node: process.versions.node,
    postgres: output('psql', ['-X', '-Atc', "SELECT 'PostgreSQL ' || current_setting('server_version')", databaseUrl]).trim(),
  };
}

main().catch((error) => {
  console.error(`[bench] ${error.stack ?? error}`);
  process.exit(1);
});
