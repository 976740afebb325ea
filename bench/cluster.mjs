#!/usr/bin/env node
// A cluster on this machine (bench/lib/cluster.mjs): PostgreSQL primary, its streaming standby, several
// application instances and HAProxy in front.
//   node bench/cluster.mjs start   `make cluster`: runs it in the foreground until Ctrl-C, data in $DATA_DIR/cluster,
//                                  HAProxy on $PORT (default 8080), CLUSTER_INSTANCES instances (default 3).
//   node bench/cluster.mjs test    `make cluster-test`: the same (CLUSTER_INSTANCES, default 2) in bench/work/cluster,
//                                  driven through HAProxy only while members write and read:
//     - one instance killed with SIGKILL and started again, later the standby stopped immediately and started again;
//     - every write answered 2xx is in the primary afterwards;
//     - every request answered 5xx or not at all was in flight on the killed instance (HAProxy names the
//       server in X-Served-By): from before the kill until HAProxy saw it DOWN; any other fails the test;
//     - 10 failed sign-ins for one account, spread over every instance, then the next refused (429) by each;
//     - each offer a member publishes is at once in their organisation's items and in their search;
//     - each periodic job (GET /api/v1/admin/jobs) run once by hand through the balancer, through each instance
//       in turn, ran once (one new run record), and each email of the jobs that send some reached the SMTP sink
//       once by Message-ID (skipped with a message while that API answers 404).
//   The figures go to bench/work/cluster/results, or bench/results with CLUSTER_RESULTS=1 (`make cluster-report`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCluster } from './lib/cluster.mjs';
import { run, writeReport } from './lib/crash-report.mjs';
import { createJournal } from './lib/journal.mjs';
import { freePort, waitFor } from './lib/processes.mjs';
import { startSmtpSink } from './lib/sinks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = process.env.BACKEND_JAR ?? join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const mode = process.argv[2] ?? 'test';
const say = (message) => console.log(`[cluster] ${message}`);
const PASSWORD = 'Demo-elbasar-2026!';
/** The request header that sends a request to one instance through the balancer (the test's only). */
const PIN = 'X-Elbasar-Server';
/** The test's timings, in seconds: load before the kill, after the instance is back, with the standby down, at the end. */
const PHASES = { warm: 6, afterRestart: 4, standbyDown: 8, tail: 3 };
const WORKERS = 4;
/** How often each worker does what (weights). */
const MIX = { offer: 30, exchange: 20, registration: 15, search: 15, directory: 10, spa: 5, exchanges: 5 };
/** Jobs that send emails, by name, and what makes them send (set up before they are forced). */
const MAIL_JOBS = { digest: /digest/i, reminders: /event.*remind|remind.*event/i, expiry: /expir/i, followUps: /follow/i };

const t0 = performance.now();
const now = () => performance.now() - t0;
const seconds = (ms) => Math.round(ms / 10) / 100;

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', url], { input: sql, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/** `make cluster`: the cluster in the foreground until Ctrl-C (or SIGTERM), which stops everything. */
async function start() {
  const dir = join(resolve(process.env.DATA_DIR ?? join(root, '.data')), 'cluster');
  const port = Number(process.env.PORT ?? 8080);
  const instances = Number(process.env.CLUSTER_INSTANCES ?? 3);
  const cluster = createCluster({ jar, dir, instances, port, say, env: {
    ELBASAR_DEMO_DATA: 'true', ELBASAR_MAIL_MOCK: 'true', ELBASAR_MAIL_DUMP_DIR: join(dir, 'mail') } });
  const stop = async () => {
    if (cluster.stopping) return;
    say('stopping HAProxy, the instances, the standby and the primary');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  say(`starting in ${dir} (${instances} instances)`);
  await cluster.start();
  for (const app of cluster.apps) {
    app.handle.exited.then(({ code, signal }) => cluster.stopping || say(`${app.name} ended (${signal ?? code}): see ${app.logFile}`));
  }
  console.log(`
elBasar cluster ready:
  ${cluster.base}                  the platform (SPA and API) through HAProxy, ${instances} instances in round robin
  ${cluster.haproxy.stats}  HAProxy's statistics (each instance UP or DOWN)
  ${cluster.apps.map((app) => `${app.name}: ${app.url} (DATA_DIR ${app.dataDir})`).join('\n  ')}
  PostgreSQL primary:  ${cluster.primary.url}
  PostgreSQL standby:  ${cluster.standby.url} (streaming, read-only; the instances' read datasource)
  logs:                ${cluster.logs}/ (primary.out, standby.out, app-<n>.out, haproxy.out); emails in ${join(dir, 'mail')}
Ctrl-C stops everything.`);
}

/** The cluster test (`make cluster-test`, in `make test`). */
async function test() {
  const instances = Number(process.env.CLUSTER_INSTANCES ?? 2);
  const work = join(root, 'bench/work/cluster');
  const resultsDir = process.env.CLUSTER_RESULTS ? join(root, 'bench/results') : join(work, 'results');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const smtpPort = await freePort();
  const sink = await startSmtpSink(smtpPort);
  const port = await freePort();
  const cluster = createCluster({ jar, dir: work, instances, port, say, pinHeader: PIN,
    // C1 only: starts take about half the time, and nothing here measures speed
    javaOptions: process.env.CLUSTER_JAVA_OPTIONS ?? '-XX:TieredStopAtLevel=1',
    env: {
      ELBASAR_DEMO_DATA: 'true', ELBASAR_MAIL_MOCK: 'false', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort),
      ELBASAR_OUTBOX_POLL: '1s', ELBASAR_DELIVERY_LEASE: '10s',
      // every simulated member signs in from this one machine: the per-address limits are for real clients
      ELBASAR_THROTTLE_SIGNUP_PER_ADDRESS: '1000000',
    } });
  const onSignal = () => cluster.stop().then(() => process.exit(130));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const failures = [];
  let journal;
  try {
    say(`starting ${instances} instances, a primary, its standby and HAProxy in ${work}`);
    await cluster.start();
    const startedIn = seconds(now());
    const { primary, standby, apps, haproxy, base } = cluster;
    say(`cluster up in ${startedIn} s: ${base}, statistics ${haproxy.stats}`);
    journal = createJournal({ base, file: join(work, 'journal.jsonl'), now });
    const { call } = journal;
    const pin = (app) => ({ [PIN]: app.name });
    const login = async (email, password = PASSWORD) => {
      const r = await call('setup', 'login', 'POST', '/api/v1/auth/login', { body: { email, password }, write: false });
      if (r.status !== 200) throw new Error(`${email} cannot sign in (${r.status})`);
      return r.json.accessToken;
    };

    // Who does what: the administrators of the first active demo organisations write; the next ones receive the
    // jobs' emails or have their sign-ins throttled, and nothing else.
    const admins = psql(primary.url, `SELECT DISTINCT ON (o.joined_at, o.id) o.id, p.email, p.id FROM organisation o
      JOIN person p ON p.organisation_id = o.id AND p.organisation_role = 'ORG_ADMIN' AND p.active
      WHERE o.status = 'ACTIVE' ORDER BY o.joined_at, o.id, p.email`);
    if (admins.length < WORKERS + 4) throw new Error(`the demo data has ${admins.length} active organisations, ${WORKERS + 4} needed`);
    const members = [];
    for (const [organisationId, email, personId] of admins.slice(0, WORKERS)) {
      members.push({ organisationId, email, personId, token: await login(email), registration: null });
    }
    const [digestPerson, reminderPerson, expiryPerson, throttled] = admins.slice(WORKERS, WORKERS + 4)
      .map(([organisationId, email, personId]) => ({ organisationId, email, personId }));
    // whom the exchanges go to: not those, whose emails are counted
    const partners = [...admins.slice(0, WORKERS), ...admins.slice(WORKERS + 4)].map(([id]) => id);
    const admin = await login('admin@elbasar.test');
    const animator = await login('animation@elbasar.test');
    const event = async (title, day, capacity) => {
      const r = await call('setup', 'event', 'POST', '/api/v1/events', { token: animator, write: false, body: {
        kind: 'APERO', title, territoryId: 'commune:59350', venue: 'La Ressourcerie du Vieux-Lille, Lille',
        start: `${day}T18:30`, end: `${day}T20:30`, capacity } });
      if (r.status !== 201) throw new Error(`event: ${r.status} ${JSON.stringify(r.json)}`);
      return r.json.id;
    };
    // a day in Paris, where events are held and reminders sent for 'tomorrow'
    const inDays = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
    const eventId = await event('Apéro de la grappe', inDays(60), 2);

    // What is acknowledged (2xx), to be looked for in the primary afterwards.
    const acks = { exchange: [], draft: [], publish: [], registration: [], cancellation: [] };
    const visibility = { checked: 0, missingFromOwnItems: [], missingFromSearch: [] };
    let sequence = 0;
    const next = () => ++sequence;
    // a word of its own per offer, letters only, ending in a k that no French suffix ends with, so that the stemmer
    // keeps it whole: a search for it finds the offer it names and no other
    const word = (n) => `zq${n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[d])}k`;
    const operations = {
      async offer(worker, member) {
        const n = next();
        const draft = await call(worker, 'offer-draft', 'POST', '/api/v1/offers', { token: member.token, body: {
          title: `Atelier vélo ${word(n)}`, description: 'Réparation de vélos en insertion, pendant le test de la grappe.',
          categoryCode: 'communication-design', mode: 'SERVICE', price: 40, priceUnit: 'HOUR', onQuote: false, reach: 'REGION' } });
        if (draft.status !== 201) return draft.status;
        acks.draft.push(draft.json.id);
        const published = await call(worker, 'offer-publish', 'POST', `/api/v1/offers/${draft.json.id}/publish`, { token: member.token });
        if (published.status !== 200) return published.status;
        acks.publish.push(draft.json.id);
        // the author sees it at once, whichever instance answers
        const own = await call(worker, 'own-items', 'GET', `/api/v1/organisations/${member.organisationId}/items?kind=OFFER&size=20`,
          { token: member.token, write: false });
        const search = await call(worker, 'own-search', 'GET', `/api/v1/offers?q=${word(n)}`, { token: member.token, write: false });
        if (own.status === 200 && search.status === 200) {
          visibility.checked++;
          if (!own.json.items.some((item) => item.id === draft.json.id)) visibility.missingFromOwnItems.push(`${draft.json.id} (${own.entry.servedBy})`);
          if (!search.json.items.some((item) => item.id === draft.json.id)) visibility.missingFromSearch.push(`${draft.json.id} (${search.entry.servedBy})`);
        }
        return search.status;
      },
      async exchange(worker, member) {
        const n = next();
        const other = partners.filter((id) => id !== member.organisationId)[n % (partners.length - 1)];
        const r = await call(worker, 'exchange', 'POST', '/api/v1/exchanges', { token: member.token, body: {
          providerOrganisationId: member.organisationId, beneficiaryOrganisationId: other, mode: 'DONATION',
          occurredOn: new Date().toISOString().slice(0, 10), description: `Don de matériel n° ${n} (test de la grappe)`, declaredValueEur: 10 + (n % 90) } });
        if (r.status === 201) acks.exchange.push(r.json.id);
        return r.status;
      },
      async registration(worker, member) {
        if (member.registration) {
          const id = member.registration;
          const r = await call(worker, 'registration-cancel', 'POST', `/api/v1/registrations/${id}/cancel`, { token: member.token });
          if (r.status === 200) {
            acks.cancellation.push(id);
            member.registration = null;
          }
          return r.status;
        }
        const r = await call(worker, 'registration', 'POST', `/api/v1/events/${eventId}/registrations`, { token: member.token });
        if (r.status === 201) {
          acks.registration.push({ id: r.json.id, personId: member.personId });
          member.registration = r.json.id;
        }
        return r.status;
      },
      search: (worker, member) => call(worker, 'search', 'GET', '/api/v1/offers?q=velo', { token: member.token, write: false }).then((r) => r.status),
      directory: (worker, member) => call(worker, 'directory', 'GET', '/api/v1/organisations?q=ressourcerie', { token: member.token, write: false }).then((r) => r.status),
      spa: (worker) => call(worker, 'spa', 'GET', '/', { write: false }).then((r) => r.status),
      exchanges: (worker, member) => call(worker, 'my-exchanges', 'GET', '/api/v1/exchanges', { token: member.token, write: false }).then((r) => r.status),
    };
    const mix = Object.entries(MIX).flatMap(([name, weight]) => Array(weight).fill(name));
    let loadRunning = true;
    async function worker(index) {
      const member = members[index];
      let draws = (index + 1) * 7919;
      while (loadRunning) {
        draws = (draws * 1103515245 + 12345) % 2147483648;
        await operations[mix[draws % mix.length]](`w${index}`, member);
        await sleep(20);
      }
    }
    const acknowledged = () => acks.exchange.length + acks.draft.length + acks.publish.length + acks.registration.length + acks.cancellation.length;
    /** Lets the load run for `phase` seconds, and at least until `writes` more writes are acknowledged (60 s at most). */
    async function loadFor(phase, writes = 5) {
      const since = now();
      const before = acknowledged();
      while (now() - since < phase * 1000 || acknowledged() < before + writes) {
        if (!loadRunning) throw new Error(`the load stopped: ${failures.join('; ')}`);
        if (now() - since > (60 + phase) * 1000) throw new Error(`fewer than ${writes} writes acknowledged in ${60 + phase} s`);
        await sleep(50);
      }
    }
    const status = () => haproxy.status().catch(() => ({}));

    say(`load: ${WORKERS} members writing and reading through HAProxy`);
    const loadStarted = now();
    // a worker that throws (an answer of an unexpected shape) ends the load and fails the test, never the process
    const workers = members.map((_, i) => worker(i).catch((error) => {
      failures.push(`worker w${i}: ${error.stack ?? error.message}`);
      loadRunning = false;
    }));
    await loadFor(PHASES.warm);

    // 1. One instance killed, then started again.
    const victim = apps[0];
    const kill = { instance: victim.name, at: Math.round(now()) };
    process.kill(victim.handle.pid, 'SIGKILL');
    await victim.handle.exited;
    kill.exitedAt = Math.round(now());
    await waitFor(`HAProxy seeing ${victim.name} DOWN`, async () => !String((await status())[victim.name]).startsWith('UP'), null, 30, 100);
    kill.downAt = Math.round(now());
    victim.start();
    await victim.ready();
    await waitFor(`HAProxy seeing ${victim.name} UP again`, async () => (await status())[victim.name] === 'UP', null, 30, 100);
    kill.upAt = Math.round(now());
    say(`${victim.name} killed: DOWN for HAProxy after ${seconds(kill.downAt - kill.at)} s, back UP after ${seconds(kill.upAt - kill.at)} s`);
    await loadFor(PHASES.afterRestart);

    // 2. Sign-in throttling across instances: 10 failures for one account, spread over every instance, then each refuses.
    const throttle = { failures: [], refusals: [] };
    for (let i = 0; i < 10; i++) {
      const app = apps[i % apps.length];
      const r = await call('throttle', 'sign-in-failure', 'POST', '/api/v1/auth/login', { write: false, headers: pin(app),
        body: { email: throttled.email, password: `Wrong-password-${i}!` } });
      throttle.failures.push({ status: r.status, servedBy: r.entry.servedBy });
    }
    for (const app of apps) {
      const r = await call('throttle', 'sign-in-refused', 'POST', '/api/v1/auth/login', { write: false, headers: pin(app),
        body: { email: throttled.email, password: PASSWORD } });
      throttle.refusals.push({ status: r.status, servedBy: r.entry.servedBy, retryAfter: r.headers?.get('retry-after') ?? null });
    }
    throttle.held = throttle.failures.every((f) => f.status === 401) && throttle.refusals.every((r) => r.status === 429)
      && new Set(throttle.failures.map((f) => f.servedBy)).size === apps.length
      && throttle.refusals.every((r, i) => r.servedBy === apps[i].name);
    if (!throttle.held) failures.push(`sign-in throttling across instances: ${JSON.stringify(throttle)}`);
    say(`sign-in throttling: 10 failures over ${new Set(throttle.failures.map((f) => f.servedBy)).size} instances, then ${throttle.refusals.map((r) => `${r.status} from ${r.servedBy}`).join(', ')}`);

    // 3. The standby stopped immediately while the load goes on (reads that may lag fall back to the primary), then started again.
    const standbyStop = { at: Math.round(now()) };
    await standby.stopImmediately();
    await loadFor(PHASES.standbyDown);
    standbyStop.restartAt = Math.round(now());
    await standby.start();
    standbyStop.streamingAt = Math.round(now());
    say(`standby stopped for ${seconds(standbyStop.restartAt - standbyStop.at)} s, streaming again ${seconds(standbyStop.streamingAt - standbyStop.restartAt)} s after its start`);

    // 4. Every periodic job run once by hand, through each instance in turn.
    const jobs = await forceJobs({ call, apps, pin, admin, primary, sink, failures, setup: async () => {
      // a saved search with a match (the daily digest), a registration for tomorrow's event (reminders),
      // an offer expiring in 3 days (expiry reminders)
      const digestToken = await login(digestPerson.email);
      const saved = await call('setup', 'saved-search', 'POST', '/api/v1/saved-searches', { token: digestToken, write: false,
        body: { name: 'Vélos de la grappe', kind: 'OFFER', criteria: { q: 'velo' } } });
      if (saved.status !== 201) throw new Error(`saved search: ${saved.status} ${JSON.stringify(saved.json)}`);
      const tomorrow = await event('Apéro de demain', inDays(1), 20);
      const registered = await call('setup', 'registration', 'POST', `/api/v1/events/${tomorrow}/registrations`, { token: await login(reminderPerson.email), write: false });
      if (registered.status !== 201) throw new Error(`registration for tomorrow: ${registered.status}`);
      const expiryToken = await login(expiryPerson.email);
      const draft = await call('setup', 'offer-draft', 'POST', '/api/v1/offers', { token: expiryToken, write: false, body: {
        title: 'Remorque bientôt expirée', description: 'Une offre qui expire dans trois jours.', categoryCode: 'communication-design',
        mode: 'SERVICE', price: 10, priceUnit: 'HOUR', onQuote: false, reach: 'REGION' } });
      const published = await call('setup', 'offer-publish', 'POST', `/api/v1/offers/${draft.json?.id}/publish`, { token: expiryToken, write: false });
      if (published.status !== 200) throw new Error(`expiring offer: ${draft.status} ${published.status}`);
      psql(primary.url, `UPDATE catalog_item SET expires_at = now() + interval '3 days' WHERE id = '${draft.json.id}'`);
      // each email is known by its recipient and by the name its subject quotes (follow-ups: no data here, the run only)
      return { digest: { to: digestPerson.email, quoting: 'Vélos de la grappe' }, reminders: { to: reminderPerson.email, quoting: 'Apéro de demain' },
        expiry: { to: expiryPerson.email, quoting: 'Remorque bientôt expirée' }, followUps: null };
    } });

    await loadFor(PHASES.tail);
    loadRunning = false;
    await Promise.all(workers);
    const loadSeconds = seconds(now() - loadStarted);
    say(`load stopped after ${loadSeconds} s: ${journal.entries.length} requests, ${acknowledged()} writes acknowledged`);

    // Every email of the outbox sent (each is marked sent once the sink has answered: nothing is in flight after).
    await waitFor('the outbox drained', async () => psql(primary.url, 'SELECT count(*) FROM outbox_email WHERE sent_at IS NULL')[0][0] === '0', null, 120, 250);
    const standbyLagBytes = standby.lagBytes();

    // Acknowledged writes, looked for in the primary.
    const set = (sql) => new Set(psql(primary.url, sql).map(([value]) => value));
    const offers = new Map(psql(primary.url, `SELECT id, status FROM catalog_item WHERE kind = 'OFFER'`));
    const exchanges = set('SELECT id FROM exchange');
    const registrations = new Map(psql(primary.url, `SELECT id, status || ' ' || person_id FROM event_registration WHERE event_id = '${eventId}'`));
    const cancelled = new Set(acks.cancellation);
    const lost = [
      ...acks.exchange.filter((id) => !exchanges.has(id)).map((id) => `exchange ${id}`),
      ...acks.draft.filter((id) => !offers.has(id)).map((id) => `offer draft ${id}`),
      ...acks.publish.filter((id) => offers.get(id) !== 'PUBLISHED').map((id) => `offer publication ${id} (${offers.get(id)})`),
      ...acks.registration.filter(({ id, personId }) => {
        const [state, person] = (registrations.get(id) ?? ' ').split(' ');
        return person !== personId || (state === 'CANCELLED' && !cancelled.has(id));
      }).map(({ id }) => `registration ${id}`),
      ...acks.cancellation.filter((id) => !(registrations.get(id) ?? '').startsWith('CANCELLED')).map((id) => `cancellation ${id}`),
    ];
    if (lost.length) failures.push(`${lost.length} acknowledged writes lost: ${lost.slice(0, 5).join('; ')}`);

    // Failed requests (5xx or no answer): each must have been in flight on the killed instance, from before its kill
    // until HAProxy saw it DOWN (after that, HAProxy sends nothing more to it).
    const entries = journal.entries;
    // a request that got no answer has no X-Served-By: HAProxy's log names its server
    const logged = haproxy.serversByRequestId();
    for (const e of entries) if (!e.servedBy && logged.has(e.requestId)) e.servedBy = logged.get(e.requestId);
    const failed = entries.filter((e) => e.status === 0 || e.status >= 500);
    // HAProxy closes the client's connection without an answer or a log line when the instance dies under a request it
    // sent on a reused connection: such a request, of no known server, counts as in flight on the killed instance only
    // when it was under way at the very moment of the kill (sent before the process had ended, ended after the signal)
    const inKillWindow = (e) => (e.servedBy === kill.instance && e.at <= kill.downAt && e.at + e.ms >= kill.at)
      || (e.servedBy === undefined && e.status === 0 && e.at <= kill.exitedAt && e.at + e.ms >= kill.at);
    const unexplained = failed.filter((e) => !inKillWindow(e));
    if (unexplained.length) {
      failures.push(`${unexplained.length} requests failed outside the kill window: ${unexplained.slice(0, 5)
        .map((e) => `${e.method} ${e.path} ${e.status || e.error} at ${e.at} ms via ${e.servedBy ?? '?'}`).join('; ')}`);
    }
    if (visibility.missingFromOwnItems.length || visibility.missingFromSearch.length) {
      failures.push(`own new offers not visible at once: ${visibility.missingFromOwnItems.length} missing from the organisation's items, ${visibility.missingFromSearch.length} from the author's search (${[...visibility.missingFromOwnItems, ...visibility.missingFromSearch].slice(0, 3).join('; ')})`);
    }
    if (!visibility.checked) failures.push('no new offer could be checked for visibility');

    // Every email of the outbox reached the sink, once by Message-ID.
    const outbox = psql(primary.url, 'SELECT id FROM outbox_email').map(([id]) => `<outbox-${id}@elbasar.org>`);
    const arrivals = new Map();
    for (const m of sink.accepted) arrivals.set(m.messageId, (arrivals.get(m.messageId) ?? 0) + 1);
    const emails = { outbox: outbox.length, missing: outbox.filter((id) => !arrivals.has(id)).length,
      repeated: outbox.filter((id) => arrivals.get(id) > 1).length };
    if (emails.missing) failures.push(`${emails.missing} emails of the outbox never reached the SMTP sink`);

    const byStatus = (list) => ({ total: list.length, '2xx': list.filter((e) => e.status >= 200 && e.status < 300).length,
      '4xx': list.filter((e) => e.status >= 400 && e.status < 500).length, '5xx': list.filter((e) => e.status >= 500).length,
      noAnswer: list.filter((e) => e.status === 0).length });
    const servedBy = {};
    for (const e of entries) servedBy[e.servedBy ?? 'none'] = (servedBy[e.servedBy ?? 'none'] ?? 0) + 1;
    const result = {
      date: new Date().toISOString(),
      scale: 'small',
      instances,
      machine: `${cpus().length} cores`,
      wallSeconds: seconds(now()),
      clusterStartSeconds: startedIn,
      loadSeconds,
      workers: WORKERS,
      requests: { ...byStatus(entries), servedBy },
      writes: { tried: entries.filter((e) => e.write).length, acknowledged: acknowledged(), lost: lost.length, lostList: lost.slice(0, 50) },
      kill: { ...kill, downAfterSeconds: seconds(kill.downAt - kill.at), upAfterSeconds: seconds(kill.upAt - kill.at),
        failedInWindow: failed.filter(inKillWindow).length },
      failedRequests: { total: failed.length, inKillWindow: failed.length - unexplained.length, unexplained: unexplained.length,
        list: failed.map(({ at, ms, method, path, status, error, servedBy: by, requestId }) => ({ at, ms, method, path, status, error, servedBy: by, requestId })) },
      standby: { ...standbyStop, downSeconds: seconds(standbyStop.restartAt - standbyStop.at),
        requestsWhileDown: entries.filter((e) => e.at >= standbyStop.at && e.at < standbyStop.streamingAt).length, lagBytesAtEnd: standbyLagBytes },
      throttle,
      ownOfferVisibility: { checked: visibility.checked, missingFromOwnItems: visibility.missingFromOwnItems.length,
        missingFromSearch: visibility.missingFromSearch.length },
      jobs,
      emails,
      failures,
      passed: failures.length === 0,
    };
    const r = result;
    writeReport(resultsDir, 'cluster', result, 'A cluster under faults',
      `${instances} application instances behind HAProxy (round robin, health checks on /q/health/ready), on a PostgreSQL primary with a streaming standby (the instances' read datasource), the embedded PostgreSQL 17 binaries; ${WORKERS} members write (offers drafted and published, exchanges, event registrations and cancellations) and read (catalogue search, directory, their own items and exchanges, the SPA) through HAProxy only, while one instance is killed with SIGKILL and started again, and the standby is stopped immediately and started again. Emails go to a local SMTP sink and are counted by Message-ID.`,
      [
        ['Requests (through HAProxy)', `${r.requests.total} (2xx ${r.requests['2xx']}, 4xx ${r.requests['4xx']}, 5xx ${r.requests['5xx']}, no answer ${r.requests.noAnswer}); by instance: ${Object.entries(servedBy).map(([k, v]) => `${k} ${v}`).join(', ')}`],
        ['Kill', `${kill.instance} (SIGKILL) at ${seconds(kill.at)} s: DOWN for HAProxy after ${r.kill.downAfterSeconds} s, back UP after ${r.kill.upAfterSeconds} s`],
        ['Failed requests (5xx or no answer): in flight on the killed instance / elsewhere', `${r.failedRequests.inKillWindow} / ${r.failedRequests.unexplained}`],
        ['Standby stopped immediately (SIGQUIT), requests meanwhile, streaming again after its start', `${r.standby.downSeconds} s, ${r.standby.requestsWhileDown} requests, ${seconds(standbyStop.streamingAt - standbyStop.restartAt)} s`],
        ['Writes tried / acknowledged / lost (acknowledged, not in the primary)', `${r.writes.tried} / ${r.writes.acknowledged} / ${r.writes.lost}`],
        ['Sign-in throttling: 10 failures (401) spread over, then refused (429) by', `${new Set(throttle.failures.map((f) => f.servedBy)).size} instances, ${throttle.refusals.filter((x) => x.status === 429).length} of ${apps.length} instances: ${throttle.held ? 'held' : 'NOT held'}`],
        ["A member's new offer in their own items and search at once (checked / missing)", `${visibility.checked} / ${r.ownOfferVisibility.missingFromOwnItems + r.ownOfferVisibility.missingFromSearch}`],
        ['Periodic jobs: listed, forced, ran exactly once', jobs.skipped ? `skipped: ${jobs.skipped}` : `${jobs.listed}, ${jobs.forced}, ${jobs.ranOnce}`],
        ['Emails of the jobs (per job: emails, each delivered once)', jobs.skipped ? '–' : Object.entries(jobs.emails).map(([k, v]) => `${k} ${v.emails} (${v.deliveredOnce} once)`).join(', ') || '–'],
        ['Emails of the outbox: total, missing at the sink, delivered more than once', `${emails.outbox}, ${emails.missing}, ${emails.repeated}`],
        ['Wall time (cluster start, load)', `${r.wallSeconds} s (${startedIn} s, ${loadSeconds} s)`],
        ['Passed', r.passed ? 'yes' : `no: ${failures.join('; ')}`],
      ]);
    say(JSON.stringify({ ...result, failedRequests: { ...result.failedRequests, list: undefined } }));
    say(`report: ${join(resultsDir, `${result.date.slice(0, 10)}-cluster.md`)}`);
    if (failures.length) throw new Error(failures.join('; '));
  } finally {
    await cluster.stop();
    sink.close();
    await journal?.end();
    say(`logs kept in ${cluster.logs}`);
  }
}

/**
 * Each periodic job listed by GET /api/v1/admin/jobs run once by hand (POST …/runs), through the instances in
 * turn, after `setup()` made the data that has the mailing jobs send (it names their expected recipients); then
 * each must show exactly one new run, and each email sent by the mailing jobs must reach the sink once. Skipped,
 * with the reason, while the API answers 404.
 */
async function forceJobs({ call, apps, pin, admin, primary, sink, failures, setup }) {
  const list = async () => {
    const r = await call('admin', 'jobs', 'GET', '/api/v1/admin/jobs', { token: admin, write: false });
    const jobs = Array.isArray(r.json) ? r.json : r.json?.jobs ?? r.json?.items;
    return r.status === 200 && Array.isArray(jobs) ? { status: 200, jobs } : { status: r.status === 200 ? 'not a list of jobs' : r.status, jobs: [] };
  };
  const first = await list();
  if (first.status === 404) {
    say('SKIPPED: periodic jobs forced once each (GET /api/v1/admin/jobs answers 404: the jobs API is not in this build)');
    return { skipped: 'GET /api/v1/admin/jobs answers 404 (no jobs API in this build)' };
  }
  if (first.status !== 200) throw new Error(`GET /api/v1/admin/jobs answered ${first.status}`);
  const recipients = await setup();
  // the list shows each job's last run only: runs are counted in job_run, where every instance writes each of its runs
  const since = psql(primary.url, 'SELECT now()')[0][0];
  const outboxBefore = Number(psql(primary.url, 'SELECT coalesce(max(id), 0) FROM outbox_email')[0][0]);
  const forced = [];
  for (const [i, job] of first.jobs.entries()) {
    const app = apps[i % apps.length];
    const r = await call('admin', 'job-run', 'POST', `/api/v1/admin/jobs/${encodeURIComponent(job.name)}/runs`, { token: admin, write: false, headers: pin(app) });
    if (r.status !== 202) failures.push(`job ${job.name}: run now answered ${r.status} via ${r.entry.servedBy}`);
    // a job due by its own schedule within the next 2 minutes (a poller) may rightly run again: forced, not counted
    const next = Date.parse(job.nextRun ?? job.nextRunAt ?? job.next ?? '');
    forced.push({ name: job.name, via: r.entry.servedBy, firesSoon: next < Date.now() + 120_000 });
  }
  const newRuns = async () => {
    const counted = new Map(psql(primary.url, `SELECT job_name, count(*) FROM job_run WHERE started_at >= '${since}' GROUP BY job_name`)
      .map(([name, n]) => [name, Number(n)]));
    return new Map(forced.map((f) => [f.name, counted.get(f.name) ?? 0]));
  };
  await waitFor('every forced job run', async () => [...(await newRuns()).values()].every((n) => n >= 1), null, 120, 250)
    .catch((error) => failures.push(error.message));
  // a second run, were there one, would show within the next seconds: it is looked for over 3 s
  const settled = performance.now() + 3000;
  await waitFor('jobs settled', async () => performance.now() >= settled, null, 10, 250);
  const runs = await newRuns();
  for (const f of forced) {
    f.runs = runs.get(f.name);
    if (f.firesSoon) continue;
    if (f.runs !== 1) failures.push(`job ${f.name} ran ${f.runs} times after one run now`);
  }
  // the jobs' emails: sent once each (the outbox drained), each reaching the sink once by Message-ID
  await waitFor('the jobs\' emails sent', async () => psql(primary.url, 'SELECT count(*) FROM outbox_email WHERE sent_at IS NULL')[0][0] === '0', null, 120, 250);
  const emails = {};
  for (const [kind, pattern] of Object.entries(MAIL_JOBS)) {
    const job = forced.find((f) => pattern.test(f.name));
    if (!job) {
      if (kind !== 'expiry') failures.push(`no periodic job named like ${pattern} listed`);
      continue;
    }
    const expected = recipients[kind];
    if (!expected) continue;
    const ids = psql(primary.url, `SELECT id FROM outbox_email WHERE id > ${outboxBefore} AND lower(recipient) = lower('${expected.to}')
      AND position('${expected.quoting}' in subject) > 0`).map(([id]) => id);
    const arrivals = (id) => sink.accepted.filter((m) => m.messageId === `<outbox-${id}@elbasar.org>`).length;
    emails[job.name] = { emails: ids.length, deliveredOnce: ids.filter((id) => arrivals(id) === 1).length };
    if (ids.length !== 1) failures.push(`job ${job.name}: ${ids.length} emails to ${expected.to} about « ${expected.quoting} » (1 expected)`);
    if (emails[job.name].deliveredOnce !== ids.length) failures.push(`job ${job.name}: ${ids.length - emails[job.name].deliveredOnce} emails not delivered exactly once`);
  }
  say(`jobs: ${forced.map((f) => `${f.name} via ${f.via}: ${f.runs} run${f.firesSoon ? ' (due by itself soon: not counted)' : ''}`).join(', ')}; emails ${JSON.stringify(emails)}`);
  return { listed: first.jobs.length, forced: forced.length, ranOnce: forced.filter((f) => f.runs === 1).length,
    notCounted: forced.filter((f) => f.firesSoon).map((f) => f.name), list: forced.map(({ name, via, runs: n, firesSoon }) => ({ name, via, runs: n, firesSoon })), emails };
}

if (mode === 'start') start().catch((error) => {
  console.error(`[cluster] ${error.message}`);
  process.exit(1);
});
else if (mode === 'test') run('cluster', test);
else {
  console.error('usage: node bench/cluster.mjs start|test');
  process.exit(2);
}
