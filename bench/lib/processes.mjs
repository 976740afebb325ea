// The processes the benchmark runs: the embedded PostgreSQL (started by the platform's own
// launcher in `database` mode) and the packaged application in its production profile.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command`, its output appended to `logFile`; the returned handle stops it. */
export function launch(command, args, { env, logFile, cwd }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    pid: child.pid,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exited, sleep(30_000, 'timeout', { ref: false })]);
        if (stopped === 'timeout') child.kill('SIGKILL');
      }
      await exited;
    },
  };
}

/**
 * The packaged application in its production profile, with the JVM options of every launcher (the
 * @argfile next to the jar, read from the jar's directory as its class-data archive needs), on the
 * PostgreSQL listening on `dbPort`.
 */
export function launchApplication(jar, { port, dataDir, dbPort, logFile, env }) {
  return launch('java', ['@jvm.options', '-jar', basename(jar)], {
    cwd: dirname(jar),
    logFile,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://localhost:${dbPort}/postgres`,
      QUARKUS_DATASOURCE_USERNAME: 'postgres',
      QUARKUS_DATASOURCE_PASSWORD: 'postgres',
      ...env,
    },
  });
}

/** Polls `probe` every `everyMs` (10) ms until it returns true; fails when the process dies or after `seconds`. */
export async function waitFor(what, probe, handle, seconds = 180, everyMs = 10) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    if (handle && !handle.running()) throw new Error(`${what}: the process ended (see its log)`);
    await sleep(everyMs);
  }
  throw new Error(`${what}: not ready after ${seconds} s`);
}

export async function answers(url) {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.ok;
}

/** Resident memory of a process, in MiB (Linux). */
export function residentMiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Samples the resident memory of `pid` while `work` runs; resolves to [work's result, peak MiB]. */
export async function withPeakMemory(pid, work) {
  let peak = residentMiB(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, residentMiB(pid));
    } catch {
      // the process ended: the work will report it
    }
  }, 200);
  try {
    const result = await work();
    return [result, Math.max(peak, residentMiB(pid))];
  } finally {
    clearInterval(timer);
  }
}

/**
 * The platform's embedded PostgreSQL (the jar in `database` mode) on a free port, once it answers;
 * `config` adds server settings (EMBEDDED_DB_CONFIG).
 */
export async function startDatabase(jar, { dataDir, logFile, config }) {
  const port = await freePort();
  const url = `postgresql://postgres:postgres@localhost:${port}/postgres`;
  const env = { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port), ...(config ? { EMBEDDED_DB_CONFIG: config } : {}) };
  const handle = launch('java', ['-jar', jar, 'database'], { logFile, env });
  try {
    await waitFor('PostgreSQL', async () => (execFileSync('psql', ['-X', '-Atc', 'SELECT 1', url], { stdio: 'pipe' }), true), handle);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return { port, url, stop: () => handle.stop() };
}
