// Turns the figures of one run into the table printed, bench/results/<date>.md, the targets and the guard's verdict.

const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const rate = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const percent = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)} %` : '–');

// the guard's margin: a hot request may touch this much more than its baseline (statements or shared blocks)
export const GUARD_MARGIN = 0.25;

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/**
 * Each case's runs grouped by connections: medians, spreads (min–max) and the ratio of the application's
 * median rate to the ceiling's best run (noise only ever lowers a limit: its best run is the closest to it).
 * A concurrency the case was too slow to be loaded at (run.mjs, MAX_CELL_SECONDS) is a row that says so.
 */
export function summarise(results) {
  return results.map((result) => ({
    ...result,
    rows: [...new Set(result.cells.map((cell) => cell.connections))].map((connections) => {
      const cells = result.cells.filter((cell) => cell.connections === connections);
      if (cells[0].skipped) return { connections, skipped: cells[0].skipped };
      const app = cells.map((cell) => cell.app);
      const ceilings = cells.map((cell) => cell.ceiling).filter(Boolean);
      const row = {
        connections,
        app: {
          rps: spread(app.map((a) => a.rps)),
          p50: spread(app.map((a) => a.p50)),
          p95: spread(app.map((a) => a.p95)),
          p99: spread(app.map((a) => a.p99)),
          errors: app.reduce((sum, a) => sum + a.errors, 0),
          cpuMsPerRequest: median(app.map((a) => a.cpuMsPerRequest)),
          database: {
            statements: median(app.map((a) => a.database.statements)),
            milliseconds: median(app.map((a) => a.database.milliseconds)),
            blocks: median(app.map((a) => a.database.blocks)),
          },
        },
        ceiling:
          ceilings.length === 0
            ? null
            : {
                backends: ceilings[0].backends,
                tps: spread(ceilings.map((c) => c.tps)),
                // how many replayed requests its best run completed: the ratio's counting resolution
                transactionsAtBest: ceilings.reduce((best, c) => (c.tps > best.tps ? c : best)).transactions,
                p95: spread(ceilings.map((c) => c.p95)),
                database: {
                  statements: median(ceilings.map((c) => c.database.statements)),
                  milliseconds: median(ceilings.map((c) => c.database.milliseconds)),
                  blocks: median(ceilings.map((c) => c.database.blocks)),
                },
              },
      };
      row.ratio = row.ceiling ? row.app.rps.median / row.ceiling.tps.max : null;
      // above 100 % by less than two requests of the ceiling's best run: a tie the cells cannot separate
      row.tie = row.ratio > 1 && row.ratio <= 1 + 2 / row.ceiling.transactionsAtBest;
      return row;
    }),
  }));
}

const withSpread = (figure, format) => (figure.min === figure.max ? format(figure.median) : `${format(figure.median)} (${format(figure.min)}–${format(figure.max)})`);
const decimal = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')) : '–');

export function resultsTable(results) {
  const lines = [
    '| Case | Conn. | App req/s | p50 ms | p95 ms | Err. | SQL/req | DB ms/req | Blocks/req | App CPU ms/req | Ceiling tps, best run (backends) | App / ceiling |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const row of result.rows) {
      if (row.skipped) {
        lines.push(`| ${result.title} | ${row.connections} | not loaded: ${notLoaded(row)} | | | | | | | | | |`);
        continue;
      }
      const db = row.app.database;
      lines.push(
        `| ${result.title} | ${row.connections} | ${withSpread(row.app.rps, rate)} | ${ms(row.app.p50.median)} | ${withSpread(row.app.p95, ms)} | ` +
          `${row.app.errors} | ${result.sql ? decimal(db.statements) : '0'} | ${result.sql ? ms(db.milliseconds) : '–'} | ${result.sql ? decimal(db.blocks) : '–'} | ` +
          `${ms(row.app.cpuMsPerRequest)} | ${row.ceiling ? `${withSpread({ ...row.ceiling.tps, median: row.ceiling.tps.max }, rate)} (${row.ceiling.backends})` : '–'} | ` +
          `${row.ceiling ? (row.tie ? `${percent(row.ratio)} (a tie)` : percent(row.ratio)) : result.sql ? 'latency only' : 'framework limit'} |`,
      );
    }
  }
  return lines.join('\n');
}

const notLoaded = (row) =>
  `${decimal(row.skipped.rpsBefore)} req/s with ${row.skipped.connectionsBefore} connection${row.skipped.connectionsBefore > 1 ? 's' : ''}; a run answering each of ${row.connections} connections twice would last ${
    Number.isFinite(row.skipped.secondsNeeded) ? `${row.skipped.secondsNeeded} s` : 'for ever'
  }`;

/** Compares the guard's figures with the baseline's: what grew beyond the margin, what shrank well below it. */
export function compareWithBaseline(baseline, measured) {
  const problems = [];
  const improvements = [];
  for (const name of Object.keys(baseline)) if (!(name in measured)) problems.push(`${name}: in the baseline, not measured`);
  for (const [name, figures] of Object.entries(measured)) {
    const before = baseline[name];
    if (!before) {
      problems.push(`${name}: measured, not in the baseline (make bench-baseline)`);
      continue;
    }
    for (const figure of ['statements', 'blocks']) {
      const limit = before[figure] * (1 + GUARD_MARGIN);
      if (figures[figure] > limit) problems.push(`${name}: ${figures[figure]} ${figure} per request, baseline ${before[figure]} (limit ${round(limit)})`);
      else if (figures[figure] < before[figure] * (1 - GUARD_MARGIN)) improvements.push(`${name}: ${figures[figure]} ${figure} per request, baseline ${before[figure]}`);
    }
  }
  return { problems, improvements };
}
/** To one decimal, as the guard's figures are kept. */
export const round = (value) => Math.round(value * 10) / 10;

export function pageSizeTable(lists, sizes) {
  return [
    `| List | ${sizes.map((size) => `size ${size}`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    ...lists.map((list) => `| ${list.title} | ${sizes.map((size) => list.statements[size]).join(' | ')} |`),
  ].join('\n');
}

/** The issue's targets (issue 21, deliverable 2), each with the measured value; they are reported, never enforced. */
export function targets(run) {
  const list = [];
  const check = (target, measured, met) => list.push({ target, measured, met });
  const row = (result, connections) => result.rows.find((r) => r.connections === connections);
  const large = run.mode === 'large';
  const limits = large ? { search: 100, suggestions: 150 } : { item: 10, search: 30, deep: 50, directory: 30, suggestions: 50 };
  for (const result of run.results.filter((r) => r.kind && limits[r.kind])) {
    const at16 = row(result, 16);
    if (!at16) continue;
    if (at16.skipped) {
      check(`${result.title}: p95 ≤ ${limits[result.kind]} ms at 16 connections`, `not loaded (${notLoaded(at16)})`, false);
      continue;
    }
    check(`${result.title}: p95 ≤ ${limits[result.kind]} ms at 16 connections`, `${ms(at16.app.p95.median)} ms`, at16.app.p95.median <= limits[result.kind]);
    check(`${result.title}: no errors`, String(at16.app.errors), at16.app.errors === 0);
    if (large) continue;
    const share = { search: 0.6, item: 0.7 }[result.kind];
    if (share) check(`${result.title}: ≥ ${share * 100} % of the database's ceiling at 16 connections`, percent(at16.ratio), at16.ratio >= share);
    const single = row(result, 1);
    if (result.kind === 'search' && single) check(`${result.title}: p50 ≤ 5 ms at 1 connection`, `${ms(single.app.p50.median)} ms`, single.app.p50.median <= 5);
  }
  if (!large) {
    for (const name of ['impact-network', 'impact-territory']) {
      const impact = run.results.find((r) => r.name === name);
      const at16 = impact && row(impact, 16);
      if (at16) check(`${impact.title}: p95 ≤ 300 ms at 16 connections`, `${ms(at16.app.p95.median)} ms`, at16.app.p95.median <= 300);
    }
    const most = Math.max(...run.lists.flatMap((l) => Object.values(l.statements)));
    check('Lists: ≤ 3 SQL statements per request whatever the page size', `at most ${most}`, most <= 3);
    check('Start to first answered request ≤ 3 s (database already up)', `${run.startup.seconds.toFixed(2)} s`, run.startup.seconds <= 3);
    check('Resident memory after start ≤ 300 MiB', `${Math.round(run.memory.afterStartMiB)} MiB`, run.memory.afterStartMiB <= 300);
    check('Resident memory under load ≤ 600 MiB', `${Math.round(run.memory.underLoadMiB)} MiB`, run.memory.underLoadMiB <= 600);
    check('SPA initial JavaScript ≤ 200 KB gzipped', `${run.spa.initialGzipKB.toFixed(1)} KB`, run.spa.initialGzipKB <= 200);
    check('No JavaScript chunk over 500 kB', `largest ${run.spa.largestChunkKB.toFixed(1)} kB (${run.spa.largestChunk})`, run.spa.largestChunkKB <= 500);
  }
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
  const guard = run.guard
    ? `\n## Database work of the hot requests (the guard of \`make test\`)\n\n| Case | Statements/req | Shared blocks/req |\n|---|---:|---:|\n${Object.entries(run.guard)
        .map(([name, g]) => `| ${name} | ${g.statements} | ${g.blocks} |`)
        .join('\n')}\n`
    : '';
  return `# Benchmark ${run.date} (${run.mode}), commit ${run.commit}

${machineLine(run)}

Data: ${run.data} (generated in ${Math.round(run.generationSeconds)} s). Each cell: the median of ${run.runs} runs of ${run.seconds} s,
(min–max) across them, after a ${run.warmup} s warm-up per case. *Ceiling*: Replay.java replaying the SQL the
requests issued (captured after the warm-up), prepared, with as many connections as wrk uses up to the
application's pool (${run.pool}), transactions as the application sent them, for as long as the application's run.
*App / ceiling*: the application's median rate over the ceiling's best run. A case too slow to answer each connection
twice within ${run.maxCellSeconds ?? 30} s is not loaded at that concurrency, and its row says so; a slower case's runs last longer than ${run.seconds} s. *DB ms/req*, *Blocks/req*: execution and planning time, and shared blocks
hit + read, per answered request, from pg_stat_statements. How to read it: \`bench/README.md\`.

${resultsTable(run.results)}

Start to first answered request: ${run.startup.seconds.toFixed(2)} s (JVM, database already up; the first start on the generated data, which opens the hotline cases of its requests once, took ${run.startup.firstStartSeconds.toFixed(2)} s).
Resident memory: ${Math.round(run.memory.afterStartMiB)} MiB after start, ${Math.round(run.memory.underLoadMiB)} MiB at most under load.
SPA: ${run.spa.initialGzipKB.toFixed(1)} KB of JavaScript gzipped before the first screen (${run.spa.initialFiles} files); largest chunk ${run.spa.largestChunkKB.toFixed(1)} kB.

## SQL statements per request by page size

${pageSizeTable(run.lists, run.pageSizes)}
${guard}
## Targets

${targetsTable(targets(run))}
`;
}

export function machineLine(run) {
  const m = run.machine;
  return `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}; ${m.java}; Node ${m.node}; ${m.postgres}; wrk and the replayer on the same machine.`;
}
