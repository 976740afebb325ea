// A streaming standby of the embedded PostgreSQL, made with the server's own programs (the embedded jar
// has no pg_basebackup): a base backup through the low-level backup API from one psql session, a physical
// replication slot that keeps the WAL the standby still needs, hot_standby for reads
// (/work/shared/notes/postgresql-standby.md). As root, postgres runs in a user namespace (unshare -U),
// as the platform's launcher runs it, since it refuses to run as root.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { alive } from './database-server.mjs';
import { freePort, launch } from './processes.mjs';

const SLOT = 'elbasar_standby';

const psql = (url, sql) => execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url], { input: sql, stdio: ['pipe', 'pipe', 'pipe'] })
  .toString('utf8').trim();
const quote = (path) => `'${path.replaceAll("'", "'\\''")}'`;

/**
 * A standby of `primary` (a databaseServer(), running) with its data in `pgData`: made from a base
 * backup when `pgData` holds none, else started again on what it holds. `start()` resolves once it
 * answers in recovery and the primary shows it streaming; `stopImmediately()` is `pg_ctl stop -m immediate`
 * (SIGQUIT); `stop()` the orderly shutdown; `lagBytes()` how far its replay is behind the primary's WAL.
 */
export async function standbyServer(primary, { pgData, logFile, port }) {
  const serverPort = port ?? (await freePort());
  const url = `postgresql://postgres:postgres@localhost:${serverPort}/postgres`;
  let handle = null;

  function makeBaseBackup() {
    rmSync(pgData, { recursive: true, force: true });
    mkdirSync(pgData, { recursive: true, mode: 0o700 });
    psql(primary.url, `SELECT pg_create_physical_replication_slot('${SLOT}', true)
      WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = '${SLOT}')`);
    // one session: the backup started, the files copied (not the WAL, the pid file, the slots or temporary
    // statistics: the standby streams the WAL from the slot), the backup stopped, its label kept in the copy
    const exclude = ['./postmaster.pid', './postmaster.opts', './pg_wal/*', './pg_replslot/*', './pg_stat_tmp/*']
      .map((pattern) => `--exclude=${quote(pattern)}`).join(' ');
    psql(primary.url, `SELECT pg_backup_start('elbasar-standby', true);
\\! tar -C ${quote(primary.pgData)} ${exclude} -cf - . | tar -C ${quote(pgData)} -xf -
\\t on
\\pset format unaligned
\\o ${join(pgData, 'backup_label')}
SELECT labelfile FROM pg_backup_stop(false);
\\o
`);
    if (!existsSync(join(pgData, 'PG_VERSION')) || !readFileSync(join(pgData, 'backup_label'), 'utf8').includes('START WAL LOCATION')) {
      throw new Error(`standby: the base backup in ${pgData} is incomplete`);
    }
    writeFileSync(join(pgData, 'standby.signal'), '');
  }

  return {
    port: serverPort,
    url,
    running: () => handle !== null && handle.running(),
    async start(seconds = 60) {
      if (!existsSync(join(pgData, 'standby.signal'))) makeBaseBackup();
      const postgres = join(primary.binDir(), 'postgres');
      // where the primary is is given at each start (its port may change from one `make cluster` to the next)
      const args = ['-D', pgData, '-p', String(serverPort), '-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories=',
        '-c', `primary_conninfo=host=127.0.0.1 port=${primary.port} user=postgres application_name=elbasar_standby`,
        '-c', `primary_slot_name=${SLOT}`, '-c', 'hot_standby=on',
        // replays half a second late on purpose: a member's own new offer is then visible to them at once only
        // because their reads wait for the replica or go to the primary (common/service/ReplicaReads)
        '-c', `recovery_min_apply_delay=${process.env.CLUSTER_STANDBY_DELAY ?? '500ms'}`,
        // the primary's setting (its launcher's): a standby needs at least as many
        '-c', 'max_connections=100'];
      handle = process.getuid() === 0 ? launch('unshare', ['-U', postgres, ...args], { logFile }) : launch(postgres, args, { logFile });
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        try {
          if (psql(url, 'SELECT pg_is_in_recovery()') !== 't') throw new Error(`standby: ${url} is not in recovery`);
          if (psql(primary.url, `SELECT count(*) FROM pg_stat_replication WHERE application_name = 'elbasar_standby' AND state = 'streaming'`) === '1') return;
        } catch (error) {
          if (error.message.startsWith('standby:')) throw error;
        }
        if (!handle.running()) throw new Error(`standby: postgres ended (see ${logFile})`);
        if (Date.now() > deadline) throw new Error(`standby: not streaming after ${seconds} s (see ${logFile})`);
        await sleep(100);
      }
    },
    async stopImmediately() {
      if (!handle) return;
      process.kill(handle.pid, 'SIGQUIT');
      const deadline = Date.now() + 30_000;
      while (alive(handle.pid) && Date.now() < deadline) await sleep(10);
      if (alive(handle.pid)) throw new Error(`standby (pid ${handle.pid}) still running 30 s after SIGQUIT`);
      await handle.exited;
      handle = null;
    },
    /** Fast shutdown (SIGINT): the applications' connections are ended, not waited for as after SIGTERM. */
    async stop() {
      if (!handle) return;
      if (handle.running()) process.kill(handle.pid, 'SIGINT');
      if ((await Promise.race([handle.exited, sleep(30_000, 'timeout', { ref: false })])) === 'timeout') process.kill(handle.pid, 'SIGKILL');
      await handle.exited;
      handle = null;
    },
    lagBytes: () => Number(psql(primary.url, `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) FROM pg_stat_replication
      WHERE application_name = 'elbasar_standby'`) || NaN),
  };
}
