// The platform's embedded PostgreSQL (the jar's `database` mode) as a server that can be stopped
// immediately and started again on the same port and data directory, while an application stays
// connected to that address: what a database crash or a failover looks like to the application.
import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, launch } from './processes.mjs';

export function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // a zombie is dead too (its parent has not reaped it yet)
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Stops a process started by launch(): SIGTERM, then SIGKILL after `seconds`. Unlike handle.stop(), its
 * timer does not keep Node running once the process has ended.
 */
export async function terminate(handle, seconds = 30) {
  if (handle.running()) {
    process.kill(handle.pid, 'SIGTERM');
    if ((await Promise.race([handle.exited, sleep(seconds * 1000, 'timeout', { ref: false })])) === 'timeout') process.kill(handle.pid, 'SIGKILL');
  }
  return handle.exited;
}

/**
 * `start()` launches the jar in database mode on DATA_DIR=`dataDir` (PostgreSQL's data in
 * `dataDir`/postgres) and resolves once psql answers; `stopImmediately()` is
 * `pg_ctl stop -m immediate`: SIGQUIT to the postmaster (its pid from postmaster.pid), which ends
 * every backend at once without a checkpoint, so that the next start runs crash recovery; the idle
 * launcher is then killed. `stop()` is the orderly shutdown (SIGTERM to the launcher). `port`: a free one
 * when absent, then kept across restarts; `config`: server settings (EMBEDDED_DB_CONFIG); `env`: more
 * environment for the launcher (e.g. JDK_JAVA_OPTIONS).
 */
export async function databaseServer(jar, { dataDir, logFile, port, config, env = {} }) {
  const serverPort = port ?? (await freePort());
  const url = `postgresql://postgres:postgres@localhost:${serverPort}/postgres`;
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  let handle = null;
  return {
    port: serverPort,
    url,
    /** PostgreSQL's data directory. */
    pgData: join(dataDir, 'postgres'),
    /** The directory of the running server's programs (postgres, pg_ctl): where the launcher unpacked them. */
    binDir: () => dirname(readlinkSync(`/proc/${Number(readFileSync(pidFile, 'utf8').split('\n')[0])}/exe`)),
    running: () => handle !== null && handle.running(),
    async start(seconds = 120) {
      handle = launch('java', ['-jar', jar, 'database'], {
        logFile,
        env: { ...env, DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(serverPort), ...(config ? { EMBEDDED_DB_CONFIG: config } : {}) },
      });
      // psql every 100 ms (not waitFor's 10: a restart under load must not compete with a hundred psql a second)
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        try {
          execFileSync('psql', ['-X', '-Atc', 'SELECT 1', url], { stdio: 'pipe' });
          return;
        } catch {
          if (!handle.running()) throw new Error('PostgreSQL: the launcher ended (see its log)');
          if (Date.now() > deadline) throw new Error(`PostgreSQL: not ready after ${seconds} s`);
          await sleep(100);
        }
      }
    },
    /** Resolves once the postmaster has exited; returns its pid. */
    async stopImmediately() {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGQUIT');
      const deadline = Date.now() + 30_000;
      while (alive(pid) && Date.now() < deadline) await sleep(10);
      if (alive(pid)) throw new Error(`PostgreSQL (pid ${pid}) still running 30 s after SIGQUIT`);
      if (handle) {
        if (handle.running()) process.kill(handle.pid, 'SIGKILL');
        await handle.exited;
        handle = null;
      }
      return pid;
    },
    async stop() {
      if (handle) await terminate(handle);
      handle = null;
    },
  };
}
