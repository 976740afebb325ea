// A cluster on one machine: the embedded PostgreSQL as primary, a streaming standby of it, several
// application instances (each with its own DATA_DIR, all writing to the primary and reading what may lag
// from the standby) and HAProxy in front of them. `make cluster` runs it in the foreground; the cluster
// test (bench/cluster.mjs) drives it.
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { databaseServer, terminate } from './database-server.mjs';
import { answers, freePort, launchApplication, waitFor } from './processes.mjs';
import { ensureHaproxy, startHaproxy } from './haproxy.mjs';
import { standbyServer } from './standby.mjs';

/**
 * The cluster under `dir` (primary/, standby/, app-<n>/, keys/, logs/): the primary and its standby,
 * the first instance alone (it migrates the schema, loads the demo data when `env` asks for it and makes the
 * signing keys), then the others at once, then HAProxy on `port`. Every instance shares dir/keys, so that a
 * token signed by one opens the API on all (docs/security.md). `env`: more environment for every instance;
 * `pinHeader`: see haproxyConfig. `start()` starts it (on failure, what was started is stopped and the error
 * thrown); `stop()`, callable at any moment (Ctrl-C during the start), stops what runs, last started first.
 */
export function createCluster({ jar, dir, instances, port, env = {}, javaOptions, pinHeader, say = () => {} }) {
  const logs = join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  mkdirSync(join(dir, 'keys'), { recursive: true });
  const jvm = javaOptions ? { JDK_JAVA_OPTIONS: javaOptions } : {};
  const started = [];
  const cluster = {
    dir,
    logs,
    stopping: false,
    async stop() {
      cluster.stopping = true;
      for (const stop of started.reverse()) await stop().catch((error) => say(`stopping: ${error.message}`));
      started.length = 0;
    },
  };
  cluster.start = async () => {
    try {
      ensureHaproxy();
      // a standby of an earlier primary cannot follow a new one: it is made again
      if (!existsSync(join(dir, 'primary', 'postgres', 'PG_VERSION'))) rmSync(join(dir, 'standby'), { recursive: true, force: true });
      const primary = await databaseServer(jar, { dataDir: join(dir, 'primary'), logFile: join(logs, 'primary.out'), env: jvm });
      started.push(() => primary.stop());
      await primary.start();
      const standby = await standbyServer(primary, { pgData: join(dir, 'standby'), logFile: join(logs, 'standby.out') });
      started.push(() => standby.stop());
      await standby.start();
      say(`PostgreSQL primary on port ${primary.port}, its standby streaming on port ${standby.port}`);

      const base = `http://localhost:${port}`;
      const signingJwk = join(dir, 'keys', 'jwt-signing.jwk.json');
      // once the first instance has written them, the others read the keys and never write them again (a start
      // rewrites them, and an instance signing a token at that moment could read half a file)
      const keys = () => (existsSync(signingJwk) ? {
        SMALLRYE_JWT_SIGN_KEY_LOCATION: pathToFileURL(signingJwk).href,
        MP_JWT_VERIFY_PUBLICKEY_LOCATION: pathToFileURL(join(dir, 'keys', 'jwt-trusted.jwks.json')).href,
      } : {});
      const apps = [];
      for (let n = 1; n <= instances; n++) {
        const dataDir = join(dir, `app-${n}`);
        mkdirSync(dataDir, { recursive: true });
        if (!existsSync(join(dataDir, 'keys'))) symlinkSync(join(dir, 'keys'), join(dataDir, 'keys'));
        const app = { name: `app${n}`, port: await freePort(), dataDir, logFile: join(logs, `app-${n}.out`), handle: null, starts: 0 };
        app.url = `http://127.0.0.1:${app.port}`;
        app.start = () => {
          app.starts++;
          app.handle = launchApplication(jar, { port: app.port, dataDir, dbPort: primary.port, logFile: app.logFile, env: {
            PUBLIC_URL: base, ELBASAR_BEHIND_PROXY: 'true',
            QUARKUS_DATASOURCE_READ_JDBC_URL: `jdbc:postgresql://localhost:${standby.port}/postgres`,
            QUARKUS_DATASOURCE_READ_USERNAME: 'postgres', QUARKUS_DATASOURCE_READ_PASSWORD: 'postgres',
            ...jvm, ...env, ...keys() } });
          return app.handle;
        };
        app.ready = () => waitFor(`instance ${app.name} (${app.logFile})`, () => answers(`${app.url}/q/health/ready`), app.handle);
        app.stop = async () => {
          if (app.handle) await terminate(app.handle);
        };
        apps.push(app);
        started.push(() => app.stop());
      }
      apps[0].start();
      await apps[0].ready();
      if (cluster.stopping) throw new Error('stopped while starting');
      for (const app of apps.slice(1)) app.start();
      await Promise.all(apps.slice(1).map((app) => app.ready()));
      say(`${instances} instances ready: ${apps.map((app) => `${app.name} on port ${app.port}`).join(', ')}`);

      if (cluster.stopping) throw new Error('stopped while starting');
      const statsPort = await freePort();
      const haproxy = startHaproxy({ configFile: join(dir, 'haproxy.cfg'), logFile: join(logs, 'haproxy.out'), port, statsPort,
        servers: apps.map(({ name, port: p }) => ({ name, port: p })), pinHeader });
      started.push(() => terminate(haproxy.handle));
      await waitFor('HAProxy, every instance UP', async () => {
        const status = Object.values(await haproxy.status());
        return status.length === apps.length && status.every((s) => s === 'UP');
      }, haproxy.handle, 60);
      return Object.assign(cluster, { primary, standby, apps, haproxy, base });
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  };
  return cluster;
}
