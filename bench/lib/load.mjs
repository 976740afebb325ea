// The two load generators: wrk against the application, Replay.java (prepared statements, as the
// application sends them) against PostgreSQL.
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
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
const here = dirname(fileURLToPath(import.meta.url));
const WRK_SCRIPT = join(here, '..', 'wrk-paths.lua');
const REPLAY = join(here, 'Replay.java');
const threadsFor = (connections) => Math.max(1, Math.min(cpus().length, connections));

/**
 * Drives the application with wrk; returns requests/s, latency percentiles (ms) and errors. A request may take
 * as long as the run (a slow case's long cells), never less than 10 s, before wrk counts it as a timeout.
 */
export async function wrk(baseUrl, pathsFile, connections, seconds, headers = {}) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const { stdout } = await run(
    'wrk',
    ['-t', threadsFor(connections), '-c', connections, '-d', `${seconds}s`, '--timeout', `${Math.max(10, seconds)}s`, ...headerArgs, '-s', WRK_SCRIPT, baseUrl, '--', pathsFile, threadsFor(connections)].map(String),
    { maxBuffer: 1 << 20 },
  );
  const figures = JSON.parse(stdout.trim().split('\n').at(-1));
  const errors = Object.values(figures.errors).reduce((sum, n) => sum + n, 0);
  return {
    rps: figures.requests / (figures.durationUs / 1e6),
    requests: figures.requests,
    sent: figures.sent,
    p50: figures.latencyUs.p50 / 1000,
    p95: figures.latencyUs.p95 / 1000,
    p99: figures.latencyUs.p99 / 1000,
    errors,
  };
}

/**
 * The database's ceiling: Replay.java, started once with the PgJDBC jar the application ships, replays a
 * case's captured requests over a pool of prepared-statement connections kept for the whole benchmark.
 */
export class Replayer {
  constructor(quarkusApp, port) {
    const driver = readdirSync(join(quarkusApp, 'lib/main')).find((name) => /^org\.postgresql\.postgresql-.*\.jar$/.test(name));
    if (!driver) throw new Error(`no PostgreSQL JDBC driver in ${quarkusApp}/lib/main`);
    const url = `jdbc:postgresql://localhost:${port}/postgres`;
    this.child = spawn('java', ['-cp', join(quarkusApp, 'lib/main', driver), REPLAY, url, 'postgres', 'postgres'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.lines = createInterface({ input: this.child.stdout });
    this.errors = '';
    this.child.stderr.on('data', (chunk) => (this.errors += chunk));
    this.pending = [];
    this.lines.on('line', (line) => this.pending.shift()?.resolve(line));
    this.child.on('exit', () => {
      for (const waiting of this.pending.splice(0)) waiting.reject(new Error(`Replay.java ended: ${this.errors.trim()}`));
    });
  }

  /** Replays `file` with `connections` connections: `warmup` seconds unmeasured, then `seconds` measured. */
  async run(file, connections, warmup, seconds) {
    const line = await new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(`run ${file} ${connections} ${warmup} ${seconds}\n`);
    });
    const result = JSON.parse(line);
    if (result.error) throw new Error(`Replay.java: ${result.error}`);
    if (result.errors > 0) throw new Error(`Replay.java: ${result.errors} failed requests replaying ${file} (${result.firstError})`);
    return result;
  }

  close() {
    this.child.stdin.end();
  }
}
