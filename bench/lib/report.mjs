// Turns the figures of one run into the table printed, bench/results/<date>.md and the targets.

const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const rate = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const percent = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)} %` : '–');

export function resultsTable(results) {
  const lines = [
    '| Case | Conn. | App req/s | p50 ms | p95 ms | p99 ms | Errors | SQL/req | pgbench tps | pgbench p95 ms | App / pgbench |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const run of result.runs) {
      lines.push(
        `| ${result.title} | ${run.connections} | ${rate(run.app.rps)} | ${ms(run.app.p50)} | ${ms(run.app.p95)} | ${ms(run.app.p99)} | ` +
          `${run.app.errors} | ${result.sql ? result.statementsPerRequest.toFixed(1) : '0'} | ${rate(run.database?.tps)} | ` +
          `${ms(run.database?.p95)} | ${run.database ? percent(run.ratio) : 'framework limit'} |`,
      );
    }
  }
  return lines.join('\n');
}

export function pageSizeTable(lists, sizes) {
  return [
    `| List | ${sizes.map((size) => `size ${size}`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    ...lists.map((list) => `| ${list.title} | ${sizes.map((size) => list.statements[size]).join(' | ')} |`),
  ].join('\n');
}

/** The issue's targets, each with the measured value; they are reported, never enforced. */
export function targets(run) {
  const byName = Object.fromEntries(run.results.map((result) => [result.name, result]));
  const at = (name, connections) => byName[name]?.runs.find((r) => r.connections === connections);
  const list = [];
  const check = (target, measured, met) => list.push({ target, measured, met });

  const item = at('item', 64);
  if (item) check('Offer by id ≥ 70 % of its pgbench rate at 64 connections', percent(item.ratio), item.ratio >= 0.7);
  for (const name of ['search-common', 'search-rare', 'search-filters']) {
    const search = at(name, 16);
    if (!search) continue;
    const title = byName[name].title;
    check(`${title}: p95 ≤ 30 ms at 16 connections`, `${ms(search.app.p95)} ms`, search.app.p95 <= 30);
    check(`${title}: p99 ≤ 80 ms at 16 connections`, `${ms(search.app.p99)} ms`, search.app.p99 <= 80);
    check(`${title}: no errors`, String(search.app.errors), search.app.errors === 0);
    check(`${title}: ≥ 50 % of its pgbench rate`, percent(search.ratio), search.ratio >= 0.5);
  }
  const suggestions = at('suggestions', 16);
  if (suggestions) check('Suggestions for a request: p95 ≤ 50 ms at 16 connections', `${ms(suggestions.app.p95)} ms`, suggestions.app.p95 <= 50);
  for (const name of ['impact-network', 'impact-territory']) {
    const impact = at(name, 16);
    if (impact) check(`${byName[name].title}: p95 ≤ 300 ms at 16 connections`, `${ms(impact.app.p95)} ms`, impact.app.p95 <= 300);
  }
  const most = Math.max(...run.lists.flatMap((l) => Object.values(l.statements)));
  check('Lists: ≤ 3 SQL statements per request whatever the page size', `at most ${most}`, most <= 3);
  check('Start to first answered request ≤ 3 s (database already up)', `${run.startup.seconds.toFixed(2)} s`, run.startup.seconds <= 3);
  check('Resident memory after start ≤ 300 MiB', `${Math.round(run.memory.afterStartMiB)} MiB`, run.memory.afterStartMiB <= 300);
  check('Resident memory under load ≤ 600 MiB', `${Math.round(run.memory.underLoadMiB)} MiB`, run.memory.underLoadMiB <= 600);
  check('SPA initial JavaScript ≤ 200 KB gzipped', `${run.spa.initialGzipKB.toFixed(1)} KB`, run.spa.initialGzipKB <= 200);
  check('No JavaScript chunk over 500 kB', `largest ${run.spa.largestChunkKB.toFixed(1)} kB (${run.spa.largestChunk})`, run.spa.largestChunkKB <= 500);
  return list;
}

export function targetsTable(list) {
  return [
    '| Target | Measured | Met |',
    '|---|---:|:---:|',
    ...list.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
  ].join('\n');
}

export function markdown(run) {
  return `# Benchmark ${run.date} (${run.mode})

${machineLine(run)}

Data: ${run.data}. Each figure is one ${run.seconds} s run after a ${run.warmup} s warm-up per case;
pgbench replays the statements each request issued (captured from PostgreSQL's log) with the same
number of connections, so *App / pgbench* is the share of the database's own limit the API reaches.

${resultsTable(run.results)}

Start to first answered request: ${run.startup.seconds.toFixed(2)} s (JVM, \`-Xmx512m\`, database already up).
Resident memory: ${Math.round(run.memory.afterStartMiB)} MiB after start, ${Math.round(run.memory.underLoadMiB)} MiB at most under load.
SPA: ${run.spa.initialGzipKB.toFixed(1)} KB of JavaScript gzipped before the first screen (${run.spa.initialFiles} files); largest chunk ${run.spa.largestChunkKB.toFixed(1)} kB.

## SQL statements per request by page size

${pageSizeTable(run.lists, run.pageSizes)}

## Targets

${targetsTable(targets(run))}
`;
}

export function machineLine(run) {
  const m = run.machine;
  return `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}; ${m.java}; Node ${m.node}; ${m.postgres}; wrk and pgbench on the same machine.`;
}
