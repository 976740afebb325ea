#!/usr/bin/env node
// `make bench`: loads the bench data set, starts the packaged application against it and measures
// each case with wrk, next to pgbench replaying the same SQL (the database's limit) and a trivial
// endpoint (the framework's limit). BENCH_SCALE=small is the harness smoke test run by `make test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { CASES, LISTS, PAGE_SIZES } from './cases.mjs';
import { pgbench, wrk } from './lib/load.mjs';
import { answers, freePort, launchApplication, residentMiB, startDatabase, waitFor, withPeakMemory } from './lib/processes.mjs';
import { markdown, machineLine, pageSizeTable, resultsTable, targets, targetsTable } from './lib/report.mjs';
import { countedStatements, Psql, StatementLog, statementsByMarker, writePgbenchScripts } from './lib/statements.mjs';

const MODES = {
  full: { scale: 1, seconds: 10, warmup: 5, data: '10,000 organisations, 100,000 offers, 30,000 requests, 1,000,000 exchanges, 2,000 events' },
  small: { scale: 0.02, seconds: 2, warmup: 1, data: '200 organisations, 2,000 offers, 600 requests, 20,000 exchanges, 40 events' },
};
const CONNECTIONS = [16, 64];
// not @bench.example: the generator refuses a database that already has such people
const STAFF = { email: 'bench-staff@elbasar.test', password: 'Bench-staff-2026!' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.env.BENCH_SCALE ?? 'full';
// BENCH_CASES=impact-network,impact-territory runs only those cases (a partial run never updates the README)
const onlyCases = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',') : null;
const settings = MODES[mode];
if (!settings) throw new Error(`BENCH_SCALE must be one of ${Object.keys(MODES).join(', ')}, not ${mode}`);
const jar = join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const work = join(root, 'bench/work', mode);
const resultsDir = process.env.BENCH_RESULTS_DIR ?? (mode === 'full' ? join(root, 'bench/results') : join(work, 'results'));

const say = (message) => console.log(`[bench] ${message}`);

async function main() {
  if (!existsSync(jar)) throw new Error(`${jar} is missing: run make build first`);
  rmSync(work, { recursive: true, force: true });
  for (const dir of ['data', 'log', 'pgbench', 'pgbench-log', 'paths']) mkdirSync(join(work, dir), { recursive: true });

  // room for pgbench's 64 connections beside the application's pool; statements are logged
  // (as JSON lines) only while a case's requests are captured
  const database = await startDatabase(jar, {
    dataDir: join(work, 'data'),
    logFile: join(work, 'database.out'),
    config: `max_connections=200;logging_collector=on;log_destination=jsonlog;log_directory=${join(work, 'log')};log_filename=postgresql.log`,
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

    say(`creating the schema and generating ${settings.data}`);
    let application = startApplication();
    await waitFor('the application (migrations)', () => answers(`${base}/api/v1/about`), application);
    execFileSync(join(root, 'bench/generate.sh'), [databaseUrl, String(settings.scale)], { stdio: 'inherit' });
    await application.stop();

    say('starting the application on the prepared database');
    const started = performance.now();
    application = startApplication();
    stops.unshift(() => application.stop());
    await waitFor('the application', () => answers(`${base}/api/v1/about`), application);
    const startup = { seconds: (performance.now() - started) / 1000 };
    await sleep(1000);
    const afterStartMiB = residentMiB(application.pid);

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(STAFF),
    });
    if (!login.ok) throw new Error(`the bench staff account cannot sign in (${login.status})`);
    const authorization = `Bearer ${(await login.json()).accessToken}`;

    const psql = new Psql(databaseUrl);
    stops.unshift(() => psql.close());
    const cases = [];
    for (const definition of CASES.filter((c) => !onlyCases || onlyCases.includes(c.name))) {
      const paths = await definition.paths(psql);
      const pathsFile = join(work, 'paths', `${definition.name}.txt`);
      writeFileSync(pathsFile, paths.join('\n') + '\n');
      const headers = { ...(definition.signedIn ? { Authorization: authorization } : {}), ...(definition.accept ? { Accept: definition.accept } : {}) };
      cases.push({ ...definition, sql: definition.sql !== false, paths, pathsFile, headers });
    }

    say('warming up');
    for (const c of cases) await wrk(base, c.pathsFile, CONNECTIONS[0], settings.warmup, c.headers);

    say('capturing the SQL of each request');
    const log = new StatementLog(psql, join(work, 'log', 'postgresql.json'));
    const listPaths = LISTS.flatMap((list, l) => PAGE_SIZES.map((size) => [`list-${l}-${size}`, list.path(size)]));
    const requested = cases.filter((c) => c.sql).flatMap((c) => c.paths.map((path, i) => [`${c.name}-${i}`, path, c.headers]));
    const captured = statementsByMarker(
      await log.capture(async (mark) => {
        for (const [label, path, headers] of [...requested, ...listPaths]) {
          await mark(label);
          const response = await fetch(`${base}${path}`, { headers });
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        }
      }),
    );
    for (const c of cases.filter((c) => c.sql)) {
      c.requests = c.paths.map((_, i) => captured[`${c.name}-${i}`] ?? []);
      if (c.requests.some((statements) => statements.length === 0)) throw new Error(`no SQL captured for a request of ${c.name}`);
      c.statementsPerRequest = c.requests.reduce((sum, s) => sum + countedStatements(s), 0) / c.requests.length;
      c.scripts = writePgbenchScripts(join(work, 'pgbench'), c.name, c.requests);
    }
    const lists = LISTS.map((list, l) => ({
      title: list.title,
      statements: Object.fromEntries(PAGE_SIZES.map((size) => [size, countedStatements(captured[`list-${l}-${size}`] ?? [])])),
    }));

    let underLoadMiB = afterStartMiB;
    const results = [];
    for (const c of cases) {
      const runs = [];
      for (const connections of CONNECTIONS) {
        say(`${c.title}, ${connections} connections`);
        const [app, peak] = await withPeakMemory(application.pid, () => wrk(base, c.pathsFile, connections, settings.seconds, c.headers));
        underLoadMiB = Math.max(underLoadMiB, peak);
        const db = c.sql ? await pgbench(databaseUrl, c.scripts, connections, settings.seconds, join(work, 'pgbench-log'), `${c.name}-${connections}`) : null;
        runs.push({ connections, app, database: db, ratio: db ? app.rps / db.tps : null });
      }
      results.push({ name: c.name, title: c.title, sql: c.sql, paths: c.paths.length, statementsPerRequest: c.statementsPerRequest ?? 0, runs });
    }

    const run = {
      date: new Date().toISOString().slice(0, 10),
      mode,
      data: settings.data,
      seconds: settings.seconds,
      warmup: settings.warmup,
      machine: machine(databaseUrl),
      startup,
      memory: { afterStartMiB, underLoadMiB },
      spa: spaSize(join(root, 'frontend/dist')),
      results,
      pageSizes: PAGE_SIZES,
      lists,
    };
    report(run);
    if (mode === 'small') smokeCheck(run);
  } finally {
    for (const stop of stops) await stop();
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
  if (run.mode === 'full' && !onlyCases) updateReadme(run);
}

/** The README shows the latest full run between two markers. */
function updateReadme(run) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) return;
  const table = `${start}\nLatest run (${run.date}, \`bench/results/${run.date}.md\`). ${machineLine(run)}\n\n${resultsTable(run.results)}\n${end}`;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), table));
}

/** At small scale the timings mean nothing; what must hold is that every part of the harness worked. */
function smokeCheck(run) {
  const problems = [];
  for (const result of run.results) {
    for (const r of result.runs) {
      if (!(r.app.requests > 0)) problems.push(`${result.name}@${r.connections}: no request answered`);
      if (r.app.errors > 0) problems.push(`${result.name}@${r.connections}: ${r.app.errors} errors`);
      if (result.sql && !(r.database?.transactions > 0)) problems.push(`${result.name}@${r.connections}: pgbench ran nothing`);
    }
    if (result.sql && !(result.statementsPerRequest > 0)) problems.push(`${result.name}: no SQL captured`);
  }
  if (!(run.startup.seconds > 0 && run.memory.afterStartMiB > 0 && run.spa.initialGzipKB > 0)) problems.push('a figure is missing');
  if (problems.length > 0) throw new Error(`the benchmark harness failed:\n${problems.join('\n')}`);
  say('smoke test passed: every case measured against the application and pgbench');
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
