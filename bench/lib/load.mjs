// The two load generators: wrk against the application, pgbench against PostgreSQL.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execute = promisify(execFile);

/** Runs a tool; a failure reports its own error output rather than its (long) command line. */
async function run(command, args, options) {
  try {
    return await execute(command, args, options);
  } catch (error) {
    throw new Error(`${command} failed: ${(error.stderr || error.message).trim().split('\n').slice(-5).join('\n')}`);
  }
}
const WRK_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', 'wrk-paths.lua');
const threadsFor = (connections) => Math.max(1, Math.min(cpus().length, connections));

/** Drives the application with wrk; returns requests/s, latency percentiles (ms) and errors. */
export async function wrk(baseUrl, pathsFile, connections, seconds, headers = {}) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const { stdout } = await run(
    'wrk',
    ['-t', threadsFor(connections), '-c', connections, '-d', `${seconds}s`, '--timeout', '10s', ...headerArgs, '-s', WRK_SCRIPT, baseUrl, '--', pathsFile].map(String),
    { maxBuffer: 1 << 20 },
  );
  const figures = JSON.parse(stdout.trim().split('\n').at(-1));
  const errors = Object.values(figures.errors).reduce((sum, n) => sum + n, 0);
  return {
    rps: figures.requests / (figures.durationUs / 1e6),
    requests: figures.requests,
    p50: figures.latencyUs.p50 / 1000,
    p95: figures.latencyUs.p95 / 1000,
    p99: figures.latencyUs.p99 / 1000,
    errors,
  };
}

/**
 * Replays the scripts (one transaction each, chosen at random) with pgbench at the same concurrency;
 * returns transactions/s and latency percentiles (ms) from pgbench's per-transaction log.
 */
export async function pgbench(databaseUrl, scripts, connections, seconds, logDirectory, label) {
  const prefix = join(logDirectory, label);
  const args = ['-n', '-M', 'simple', '-c', connections, '-j', threadsFor(connections), '-T', seconds, '-l', `--log-prefix=${prefix}`];
  for (const script of scripts) args.push('-f', script);
  const { stdout } = await run('pgbench', [...args.map(String), databaseUrl], { maxBuffer: 1 << 24 });
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  const latencies = [];
  for (const file of readdirSync(logDirectory).filter((name) => name.startsWith(`${basename(prefix)}.`))) {
    const path = join(logDirectory, file);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
    }
    rmSync(path);
  }
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { tps, transactions: latencies.length, p50: at(50), p95: at(95), p99: at(99), errors: failed };
}
