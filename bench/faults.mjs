#!/usr/bin/env node
// Faults under load: members keep writing (exchanges, offers drafted, published and withdrawn, event
// registrations and cancellations, invitations), visitors sign up and subscribe to the newsletter, a
// partner sends buyers' needs with an Idempotency-Key (retried with the same key until answered) and
// listens to webhooks, and an issue of the newsletter goes out, while the platform takes FAULTS_COUNT
// faults, three database stops for one application kill and one of both, in turn:
//   database     PostgreSQL stopped immediately (SIGQUIT to the postmaster, what `pg_ctl stop -m immediate`
//                sends) and started again on the same data (crash recovery) a moment later; the application
//                is NOT restarted: its readiness (/q/health/ready) must go DOWN (503) and come back UP by itself;
//   application  the application killed with SIGKILL and started again;
//   both         both at once, then PostgreSQL and the application started again.
// Every request is journalled (bench/work/faults-<scale>/journal.jsonl, the deliveries in deliveries.jsonl).
// Afterwards every write answered 2xx must be in the database (one answered 5xx or not at all is
// "unacknowledged": it may or may not be there), an Idempotency-Key must have made one buyer's need, every
// email of the outbox and of the newsletter must have reached the local SMTP sink exactly once (by
// Message-ID), every webhook delivery the partner's receiver exactly once (by Elbasar-Event-Id), signed, and
// each acknowledged sign-up, invitation and subscription its email, once. A lost write, a missing or
// repeated delivery, or a readiness that does not go DOWN and back UP fails the run. Each repeat is given its
// cause from the arrival times at the sinks and the faults' times (deliveries.jsonl, faultLog): an application
// kill at the acceptance before it (the instant between the acceptance and the mark), else a database outage
// only, else no fault (FAULTS_ALLOW_RESENDS=after-kill: a repeat a kill explains is reported, not failed, any
// other fails; =all: any repeat under the same id is reported, not failed).
// FAULTS_SCALE=small (default, `make faults`) or soak (`make soak`, results in bench/results); FAULTS_COUNT
// overrides the number of faults, BACKEND_JAR the application, FAULTS_DB_CONFIG adds PostgreSQL settings
// (EMBEDDED_DB_CONFIG, e.g. synchronous_commit=on), FAULTS_JAVA_OPTIONS the JVMs' options.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { answers, freePort, launchApplication, waitFor } from './lib/processes.mjs';
import { databaseServer, terminate } from './lib/database-server.mjs';
import { startSmtpSink, startWebhookReceiver } from './lib/sinks.mjs';
import { run, writeReport } from './lib/crash-report.mjs';
import { createJournal } from './lib/journal.mjs';

const SCALES = {
  small: { faults: 20, workers: 4, readers: 300, newsletterRate: 30, gapSeconds: 0.5, minWrites: 4, databaseDownSeconds: 0.5 },
  soak: { faults: 200, workers: 6, readers: 2000, newsletterRate: 50, gapSeconds: 2, minWrites: 10, databaseDownSeconds: 2 },
};
/** The faults in turn: three database stops for one application kill and one of both (an application restart is the slow part). */
const KINDS = ['database', 'application', 'database', 'both', 'database'];
/** What repeated a delivery (see repeatCause): only the first two are allowed with FAULTS_ALLOW_RESENDS=after-kill. */
const CAUSES = { applicationKilled: 'application killed', bothKilled: 'both killed', databaseOutage: 'database outage only', noFault: 'no fault' };
/**
 * How long after its acceptance by the sink a message's mark can still be missing from the file: the application
 * appends it as soon as it reads the acceptance; the slack covers a busy machine and this process's own event loop.
 */
const MARK_SLACK_MS = 2000;
/** The fault before which the newsletter is sent: an application kill, once a third of the issue is out. */
const NEWSLETTER_AT = 1;
const PASSWORD = 'Demo-elbasar-2026!';
const SIGNUP_PASSWORD = 'Faults-elbasar-2026!';
/** How often each worker does what (weights). */
const MIX = { exchange: 25, offer: 25, withdraw: 5, registration: 15, invitation: 10, subscription: 8, signup: 4, opportunity: 8 };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scale = process.env.FAULTS_SCALE ?? 'small';
const settings = SCALES[scale];
if (!settings) throw new Error(`FAULTS_SCALE must be one of ${Object.keys(SCALES).join(', ')}`);
const faultCount = Number(process.env.FAULTS_COUNT ?? settings.faults);
const allowResends = process.env.FAULTS_ALLOW_RESENDS ?? 'none';
if (!['none', 'after-kill', 'all'].includes(allowResends)) throw new Error('FAULTS_ALLOW_RESENDS must be none, after-kill or all');
const jar = process.env.BACKEND_JAR ?? join(root, 'backend/target/quarkus-app/quarkus-run.jar');
// The JVMs compile with C1 only: restarts take about half the time, and nothing here measures speed.
const javaOptions = process.env.FAULTS_JAVA_OPTIONS ?? '-XX:TieredStopAtLevel=1';
const work = join(root, 'bench/work', `faults-${scale}`);
const resultsDir = process.env.FAULTS_RESULTS_DIR ?? (scale === 'soak' ? join(root, 'bench/results') : join(work, 'results'));
const say = (message) => console.log(`[faults] ${message}`);
const t0 = performance.now();
const now = () => performance.now() - t0;
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const seconds = (ms) => round(ms / 1000, 2);

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', url], {
    input: sql, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'inherit'],
  }).toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
}

function stats(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { min: round(sorted[0], 2), median: round(sorted[Math.floor(sorted.length / 2)], 2), max: round(sorted.at(-1), 2) };
}
const showStats = (s, unit = 's') => (s ? `${s.min} / ${s.median} / ${s.max} ${unit}` : '–');

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'data'), { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const smtp = await freePort();
  const sink = await startSmtpSink(smtp);
  let secret = '';
  const receiverPort = await freePort();
  const receiver = await startWebhookReceiver(receiverPort, () => secret);
  // FAULTS_DB_CONFIG: server settings for the embedded PostgreSQL (EMBEDDED_DB_CONFIG), e.g. synchronous_commit=on
  const database = await databaseServer(jar, { dataDir: join(work, 'data'), logFile: join(work, 'database.out'), config: process.env.FAULTS_DB_CONFIG,
    env: { JDK_JAVA_OPTIONS: javaOptions } });
  const port = await freePort();
  const base = `http://localhost:${port}`;

  const startApplication = () => launchApplication(jar, {
    port, dataDir: join(work, 'data'), dbPort: database.port, logFile: join(work, 'application.out'),
    env: {
      PUBLIC_URL: base, ELBASAR_DEMO_DATA: 'true', ELBASAR_MAIL_MOCK: 'false', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp),
      ELBASAR_PARTNER_WEBHOOKS_REQUIRE_HTTPS: 'false', ELBASAR_PARTNER_WEBHOOKS_ALLOWED_INTERNAL_HOSTS: '127.0.0.1',
      ELBASAR_PARTNER_WEBHOOKS_EVERY: '1s', ELBASAR_OUTBOX_POLL: '1s',
      // the sinks answer at once: a lease of 10 s is long enough, and what a killed sender had claimed goes out soon after
      ELBASAR_DELIVERY_LEASE: '10s',
      ELBASAR_NEWSLETTER_RATE: String(settings.newsletterRate), JDK_JAVA_OPTIONS: javaOptions,
      // every simulated organisation signs up from this one machine: the per-address limit is for real clients
      ELBASAR_THROTTLE_SIGNUP_PER_ADDRESS: '1000000',
    },
  });
  const ready = async (handle) => waitFor('the application', () => answers(`${base}/q/health/ready`), handle);
  async function health() {
    try {
      const response = await fetch(`${base}/q/health/ready`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  // The journal: every request, what it was for, its answer.
  let incarnation = 1;
  const { entries: journal, call, end: endJournal } = createJournal({ base, file: join(work, 'journal.jsonl'), now, fields: () => ({ incarnation }) });
  const ok = (status) => status >= 200 && status < 300;
  const unanswered = (status) => status === 0 || status >= 500;

  let application;
  let loadRunning = false;
  const failures = [];
  try {
    say(`PostgreSQL and the application with the demo data (scale ${scale}: ${faultCount} faults, ${settings.workers} workers)`);
    await database.start();
    application = startApplication();
    await ready(application);
    const setupStarted = now();
    const synchronousCommit = psql(database.url, 'SHOW synchronous_commit')[0][0];

    // Who writes: the administrators of the first active demo organisations; who they trade with: the others.
    const organisations = psql(database.url, `SELECT o.id, p.email, p.id FROM organisation o JOIN person p ON p.organisation_id = o.id
      AND p.organisation_role = 'ORG_ADMIN' WHERE o.status = 'ACTIVE' ORDER BY o.joined_at, o.id`);
    const members = [];
    for (const [organisationId, email, personId] of organisations.slice(0, settings.workers)) {
      const login = await call('setup', 'login', 'POST', '/api/v1/auth/login', { body: { email, password: PASSWORD }, write: false });
      if (login.status !== 200) throw new Error(`${email} cannot sign in (${login.status})`);
      members.push({ email, personId, organisationId, token: login.json.accessToken, published: [], registration: null });
    }
    const partners = organisations.map(([id]) => id);
    const staff = async (email) => {
      const login = await call('setup', 'login', 'POST', '/api/v1/auth/login', { body: { email, password: PASSWORD }, write: false });
      if (login.status !== 200) throw new Error(`${email} cannot sign in (${login.status})`);
      return login.json.accessToken;
    };
    const admin = { token: await staff('admin@elbasar.test') };
    const animator = await staff('animation@elbasar.test');

    // An event with two places: members register and cancel, the waiting list moves and emails whoever gets a place.
    const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const event = await call('setup', 'event', 'POST', '/api/v1/events', { token: animator, write: false, body: {
      kind: 'APERO', title: 'Apéro des pannes', territoryId: 'commune:59350', venue: 'La Ressourcerie du Vieux-Lille, Lille',
      start: `${day}T18:30`, end: `${day}T20:30`, capacity: 2 } });
    if (event.status !== 201) throw new Error(`event: ${event.status} ${JSON.stringify(event.json)}`);
    const eventId = event.json.id;

    // The partner: a client allowed to read the catalogue, manage webhooks and send buyers' needs.
    const client = await call('setup', 'partner', 'POST', '/api/v1/partner-clients', { token: admin.token, write: false, body: {
      name: 'Ceres faults', contactEmail: 'tech@ceres.example', scopes: ['catalog:read', 'webhooks:manage', 'opportunities:write'],
      requestsPerMinute: 100000, active: true } });
    if (client.status !== 201) throw new Error(`partner client: ${client.status} ${JSON.stringify(client.json)}`);
    const partner = { token: null, clientId: client.json.clientId, secret: client.json.clientSecret };
    async function partnerToken(worker) {
      const token = await call(worker, 'oauth', 'POST', '/api/v1/oauth/token', { write: false, form: {
        grant_type: 'client_credentials', client_id: partner.clientId, client_secret: partner.secret } });
      if (token.status === 200) partner.token = token.json.access_token;
      return token.status;
    }
    if ((await partnerToken('setup')) !== 200) throw new Error('the partner gets no token');
    const subscription = await call('setup', 'webhook', 'POST', '/api/v1/partner/webhooks', { token: partner.token, write: false, body: {
      url: `http://127.0.0.1:${receiverPort}/hooks`, events: ['offer.published', 'offer.withdrawn'], offerView: 'ALL' } });
    if (subscription.status !== 201) throw new Error(`subscribe: ${subscription.status} ${JSON.stringify(subscription.json)}`);
    secret = subscription.json.secret;

    // The newsletter's readers, in an organisation of their own (one in five reads English).
    psql(database.url, `
      WITH bench AS (
        INSERT INTO organisation (id, name, legal_form, commune_id, contact_email, status, created_at, joined_at, updated_at)
        VALUES (gen_random_uuid(), 'Faults bench', 'ASSOCIATION', 'commune:59350', 'bench@faults.example', 'ACTIVE', now(), now(), now())
        RETURNING id)
      INSERT INTO person (id, email, password_hash, first_name, last_name, locale, organisation_id, organisation_role, created_at, password_changed_at)
      SELECT gen_random_uuid(), 'reader' || i || '@faults.example', '-', 'Reader', i::text, CASE WHEN i % 5 = 0 THEN 'en' ELSE 'fr' END,
             bench.id, 'MEMBER', now(), now()
      FROM bench, generate_series(1, ${settings.readers}) AS i`);
    say(`set up in ${seconds(now() - setupStarted)} s: ${members.length} members writing, an event with 2 places, a partner listening, ${settings.readers} newsletter readers`);

    // What was acknowledged (2xx), to be found afterwards.
    const acks = { exchange: [], draft: [], publish: [], withdraw: [], registration: [], cancellation: [], invitation: [], subscription: [],
      signup: [], opportunity: new Map() };
    const attempted = { withdraw: new Set(), cancellation: new Set(), opportunityKeys: new Set() };
    let acknowledgedWrites = 0;
    const acknowledge = (kind, value) => {
      acks[kind].push(value);
      acknowledgedWrites++;
    };
    let sequence = 0;
    const next = () => ++sequence;

    const operations = {
      async exchange(worker, member) {
        const other = partners.filter((id) => id !== member.organisationId)[next() % (partners.length - 1)];
        const n = next();
        const r = await call(worker, 'exchange', 'POST', '/api/v1/exchanges', { token: member.token, body: {
          providerOrganisationId: member.organisationId, beneficiaryOrganisationId: other, mode: 'DONATION',
          occurredOn: new Date().toISOString().slice(0, 10), description: `Don de matériel n° ${n} (test de pannes)`, declaredValueEur: 10 + (n % 90) } });
        if (r.status === 201) acknowledge('exchange', r.json.id);
        return r.status;
      },
      async offer(worker, member) {
        const n = next();
        const draft = await call(worker, 'offer-draft', 'POST', '/api/v1/offers', { token: member.token, body: {
          title: `Atelier vélo n° ${n}`, description: 'Réparation de vélos en insertion, pendant les pannes.', categoryCode: 'communication-design',
          mode: 'SERVICE', price: 40, priceUnit: 'HOUR', onQuote: false, reach: 'REGION' } });
        if (draft.status !== 201) return draft.status;
        acknowledge('draft', draft.json.id);
        const published = await call(worker, 'offer-publish', 'POST', `/api/v1/offers/${draft.json.id}/publish`, { token: member.token, key: draft.json.id });
        if (published.status === 200) {
          acknowledge('publish', draft.json.id);
          member.published.push(draft.json.id);
        }
        return published.status;
      },
      async withdraw(worker, member) {
        const id = member.published.shift();
        if (!id) return operations.offer(worker, member);
        attempted.withdraw.add(id);
        const r = await call(worker, 'offer-withdraw', 'POST', `/api/v1/offers/${id}/withdraw`, { token: member.token, key: id });
        if (r.status === 200) acknowledge('withdraw', id);
        return r.status;
      },
      async registration(worker, member) {
        if (member.registration) {
          const id = member.registration;
          attempted.cancellation.add(id);
          const r = await call(worker, 'registration-cancel', 'POST', `/api/v1/registrations/${id}/cancel`, { token: member.token, key: id });
          if (r.status === 200) acknowledge('cancellation', id);
          if (r.status === 200 || r.status === 409 || r.status === 404) member.registration = null;
          return r.status;
        }
        const r = await call(worker, 'registration', 'POST', `/api/v1/events/${eventId}/registrations`, { token: member.token });
        if (r.status === 201) {
          acknowledge('registration', { id: r.json.id, personId: member.personId });
          member.registration = r.json.id;
        } else if (r.status === 409) {
          // registered by an earlier attempt that got no answer: find it
          const mine = await call(worker, 'my-registrations', 'GET', '/api/v1/me/registrations', { token: member.token, write: false });
          if (mine.status === 200) member.registration = mine.json.find((x) => x.event?.id === eventId)?.id ?? null;
        }
        return r.status;
      },
      async invitation(worker, member) {
        const email = `invite-${next()}@faults.example`;
        const r = await call(worker, 'invitation', 'POST', `/api/v1/organisations/${member.organisationId}/invitations`, { token: member.token,
          key: email, body: { email, role: 'MEMBER' } });
        if (r.status === 201) acknowledge('invitation', { id: r.json.id, email });
        return r.status;
      },
      async subscription(worker) {
        const email = `subscriber-${next()}@faults.example`;
        const r = await call(worker, 'subscription', 'POST', '/api/v1/newsletter/subscribers', { key: email, body: { email, language: 'fr' } });
        if (ok(r.status)) acknowledge('subscription', email);
        return r.status;
      },
      async signup(worker) {
        const n = next();
        const email = `signup-${n}@faults.example`;
        const name = `Structure des pannes ${n}`;
        const r = await call(worker, 'signup', 'POST', '/api/v1/auth/signup', { key: email, body: {
          person: { firstName: 'Camille', lastName: `Panne ${n}`, email, password: SIGNUP_PASSWORD },
          organisation: { name, legalForm: 'ASSOCIATION', communeId: 'commune:59350', sectorCodes: ['reuse'], description: 'Née pendant un test de pannes.',
            contactEmail: email },
          charterVersion: 1, acceptCharter: true } });
        if (ok(r.status)) acknowledge('signup', { email, name });
        return r.status;
      },
      // A buyer's need, sent again with the same key until it gets an answer (at most a minute).
      async opportunity(worker) {
        const n = next();
        const key = `faults-need-${n}`;
        attempted.opportunityKeys.add(key);
        const body = { title: `Traiteur pour ${100 + n} repas`, description: 'Repas solidaires pour un forum.', categoryCode: 'food-catering',
          mode: 'SERVICE', communeId: 'commune:59512', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          amountBracket: 'UNDER_40K', buyer: { name: 'Ville de Roubaix', contactEmail: 'achats@ville-roubaix.example' } };
        const until = performance.now() + 60_000;
        let r;
        do {
          if (!partner.token) await partnerToken(worker);
          r = await call(worker, 'opportunity', 'POST', '/api/v1/partner/opportunities', { token: partner.token, key, headers: { 'Idempotency-Key': key }, body });
          if (r.status === 401) {
            partner.token = null;
            continue;
          }
          if (!unanswered(r.status)) break;
          await sleep(250);
        } while (performance.now() < until && loadRunning);
        if (r.status === 201) {
          acknowledgedWrites++;
          if (acks.opportunity.has(key) && acks.opportunity.get(key) !== r.json.id) failures.push(`Idempotency-Key ${key} answered two different needs`);
          acks.opportunity.set(key, r.json.id);
        }
        return r.status;
      },
    };
    const mix = Object.entries(MIX).flatMap(([name, weight]) => Array(weight).fill(name));

    async function worker(index) {
      const member = members[index % members.length];
      const name = `w${index}`;
      let draws = index * 7919;
      while (loadRunning) {
        draws = (draws * 1103515245 + 12345) % 2147483648;
        const operation = mix[draws % mix.length];
        const status = await operations[operation](name, member);
        if (status === 401 && operation !== 'opportunity') {
          // an access token lasts 15 minutes: sign in again
          const login = await call(name, 'login', 'POST', '/api/v1/auth/login', { body: { email: member.email, password: PASSWORD }, write: false });
          if (login.status === 200) member.token = login.json.accessToken;
        }
        await sleep(unanswered(status) ? 100 : 10);
      }
    }

    // The newsletter: composed and sent by the admin; the sink tells how far it got.
    const newsletter = { deliveriesFrom: Infinity, total: 0, sentAt: null };
    const newsletterReached = () => new Set(sink.accepted.filter((m) => {
      const id = /^<newsletter-(\d+)@/.exec(m.messageId)?.[1];
      return id && Number(id) >= newsletter.deliveriesFrom;
    }).map((m) => m.to)).size;
    async function sendNewsletter() {
      const composed = await call('admin', 'newsletter-compose', 'POST', '/api/v1/newsletters', { token: admin.token, body: {}, write: false });
      if (composed.status !== 201) throw new Error(`newsletter compose: ${composed.status} ${JSON.stringify(composed.json)}`);
      const sent = await call('admin', 'newsletter-send', 'POST', `/api/v1/newsletters/${composed.json.id}/send`, { token: admin.token,
        headers: { 'If-Match': `"${composed.json.version}"` }, write: false });
      if (sent.status !== 202) throw new Error(`newsletter send: ${sent.status} ${JSON.stringify(sent.json)}`);
      newsletter.id = composed.json.id;
      newsletter.total = sent.json.progress.total;
      newsletter.sentAt = now();
      newsletter.deliveriesFrom = Number(psql(database.url, `SELECT min(id) FROM newsletter_delivery WHERE newsletter_id = '${newsletter.id}'`)[0][0]);
      say(`newsletter ${composed.json.month} sent to ${newsletter.total} recipients, ${settings.newsletterRate} per second`);
    }

    // The faults.
    const faults = [];
    async function inject(index, kind) {
      const fault = { index: index + 1, kind, at: round(now(), 0), acknowledgedBefore: acknowledgedWrites };
      if (kind === 'application') {
        process.kill(application.pid, 'SIGKILL');
        await application.exited;
        fault.killedAt = round(now(), 0);
        incarnation++;
        application = startApplication();
        await ready(application);
        fault.recoveredAt = round(now(), 0);
        fault.restartSeconds = seconds(fault.recoveredAt - fault.killedAt);
      } else if (kind === 'database') {
        const pid = application.pid;
        await database.stopImmediately();
        fault.stoppedAt = round(now(), 0);
        let status;
        while ((status = await health()) !== 503 && now() - fault.stoppedAt < 30_000) await sleep(50);
        fault.healthDown = status === 503;
        fault.downAfterSeconds = fault.healthDown ? seconds(now() - fault.stoppedAt) : null;
        if (!fault.healthDown) failures.push(`fault ${fault.index}: readiness stayed ${status} for 30 s with PostgreSQL stopped`);
        await sleep(settings.databaseDownSeconds * 1000);
        const restarting = now();
        await database.start();
        fault.databaseBackAt = round(now(), 0);
        fault.databaseRestartSeconds = seconds(fault.databaseBackAt - restarting);
        while ((status = await health()) !== 200 && now() - fault.databaseBackAt < 60_000 && application.running()) await sleep(50);
        fault.healthUp = status === 200;
        fault.recoveredAt = round(now(), 0);
        fault.upAfterSeconds = seconds(fault.recoveredAt - fault.databaseBackAt);
        fault.outageSeconds = seconds(fault.recoveredAt - fault.stoppedAt);
        fault.applicationRestarted = application.pid !== pid || !application.running();
        if (!fault.healthUp) failures.push(`fault ${fault.index}: readiness not UP 60 s after PostgreSQL came back (last ${status})`);
        if (fault.applicationRestarted) throw new Error(`fault ${fault.index}: the application ended while PostgreSQL was away (see application.out)`);
        if (!fault.healthUp) throw new Error(failures.at(-1));
      } else {
        process.kill(application.pid, 'SIGKILL');
        await Promise.all([application.exited, database.stopImmediately()]);
        fault.killedAt = round(now(), 0);
        incarnation++;
        await database.start();
        application = startApplication();
        await ready(application);
        fault.recoveredAt = round(now(), 0);
        fault.restartSeconds = seconds(fault.recoveredAt - fault.killedAt);
      }
      faults.push(fault);
      const took = fault.restartSeconds ?? fault.outageSeconds;
      say(`fault ${fault.index}/${faultCount} ${kind}: back in ${took} s${kind === 'database' ? ` (readiness DOWN after ${fault.downAfterSeconds} s, UP ${fault.upAfterSeconds} s after PostgreSQL)` : ''}; ${acknowledgedWrites} writes acknowledged so far`);
    }

    loadRunning = true;
    const loadStarted = now();
    const workers = Array.from({ length: settings.workers }, (_, i) => worker(i));
    for (let index = 0; index < faultCount; index++) {
      const kind = KINDS[index % KINDS.length];
      const before = acknowledgedWrites;
      const since = now();
      while ((acknowledgedWrites < before + settings.minWrites || now() - since < settings.gapSeconds * 1000) && now() - since < 60_000) await sleep(20);
      if (acknowledgedWrites < before + settings.minWrites) throw new Error(`no write acknowledged for 60 s before fault ${index + 1}`);
      if (index === Math.min(NEWSLETTER_AT, faultCount - 1)) {
        await sendNewsletter();
        await waitFor('a third of the newsletter sent', async () => newsletterReached() >= newsletter.total / 3, application, 120);
        say(`the sink has the issue for ${newsletterReached()} recipients: fault now`);
      }
      await inject(index, kind);
    }
    const tailSince = now();
    const tailBefore = acknowledgedWrites;
    while ((acknowledgedWrites < tailBefore + settings.minWrites || now() - tailSince < settings.gapSeconds * 1000) && now() - tailSince < 60_000) await sleep(20);
    loadRunning = false;
    await Promise.all(workers);
    const loadSeconds = seconds(now() - loadStarted);
    say(`load stopped after ${loadSeconds} s: ${journal.length} requests, ${acknowledgedWrites} writes acknowledged; waiting for the outboxes`);

    // Every acknowledged write's email and webhook, and everything the outboxes hold, delivered.
    const pending = () => psql(database.url, `SELECT
        (SELECT count(*) FROM outbox_email WHERE sent_at IS NULL),
        (SELECT count(*) FROM newsletter_delivery WHERE status = 'PENDING'),
        (SELECT count(*) FROM partner_webhook_delivery WHERE status = 'PENDING'),
        (SELECT count(*) FROM partner_change c, partner_webhook_fanout f WHERE (c.xid, c.seq) > (f.xid, f.seq))`)[0].map(Number);
    // (an email or a webhook is marked sent once the sink or the receiver has answered: nothing is in flight after)
    const drainStarted = now();
    let lastSaid = 0;
    for (let counts = pending(); ; counts = pending()) {
      if (counts.every((n) => n === 0)) break;
      if (now() - drainStarted > 180_000) {
        failures.push(`outboxes not drained 180 s after the load: ${counts.join(', ')} (emails, newsletter, webhooks, changes)`);
        break;
      }
      if (now() - lastSaid > 10_000) {
        lastSaid = now();
        say(`pending: ${counts[0]} emails, ${counts[1]} newsletter deliveries, ${counts[2]} webhook deliveries, ${counts[3]} changes to fan out`);
      }
      await sleep(250);
    }
    await sleep(1000);
    const drainSeconds = seconds(now() - drainStarted);

    const deliveriesFile = createWriteStream(join(work, 'deliveries.jsonl'));
    for (const m of sink.accepted) deliveriesFile.write(JSON.stringify({ at: round(m.at - t0, 0), email: m.messageId, to: m.to }) + '\n');
    for (const r of receiver.received) deliveriesFile.write(JSON.stringify({ at: round(r.at - t0, 0), webhook: r.id, type: r.type, subjectId: r.subjectId }) + '\n');
    deliveriesFile.end();

    // What the database holds.
    const set = (sql) => new Set(psql(database.url, sql).map(([value]) => value));
    const map = (sql) => new Map(psql(database.url, sql).map(([key, value]) => [key, value]));
    const exchanges = set('SELECT id FROM exchange');
    const offers = map(`SELECT id, status FROM catalog_item WHERE kind = 'OFFER'`);
    const registrations = map(`SELECT id, status || ' ' || person_id FROM event_registration WHERE event_id = '${eventId}'`);
    const invitations = set('SELECT id FROM invitation');
    const invited = set('SELECT lower(email) FROM invitation');
    const subscribers = set('SELECT lower(email) FROM newsletter_subscriber');
    const people = set('SELECT lower(email) FROM person');
    const organisationNames = map('SELECT name, status FROM organisation');
    const needs = psql(database.url, `SELECT o.idempotency_key, o.id, o.request_id, i.status FROM partner_opportunity o
      LEFT JOIN catalog_item i ON i.id = o.request_id WHERE o.client_id = '${partner.clientId}'`);
    const outbox = psql(database.url, `SELECT id, lower(recipient), subject, sent_at IS NOT NULL FROM outbox_email ORDER BY id`);
    const newsletterRows = psql(database.url, `SELECT id, lower(email), newsletter_id, status FROM newsletter_delivery ORDER BY id`);
    const webhookRows = psql(database.url, `SELECT id, event_type, status, payload::json->>'subjectId' FROM partner_webhook_delivery`);

    const lost = [];
    const lose = (what, detail) => lost.push(`${what} ${detail}`);
    for (const id of acks.exchange) if (!exchanges.has(id)) lose('exchange', id);
    for (const id of acks.draft) if (!offers.has(id)) lose('offer draft', id);
    for (const id of acks.publish) {
      const status = offers.get(id);
      if (status !== 'PUBLISHED' && !(status === 'WITHDRAWN' && attempted.withdraw.has(id))) lose('offer publication', `${id} (${status})`);
    }
    for (const id of acks.withdraw) if (offers.get(id) !== 'WITHDRAWN') lose('offer withdrawal', `${id} (${offers.get(id)})`);
    for (const { id, personId } of acks.registration) {
      const [status, person] = (registrations.get(id) ?? ' ').split(' ');
      if (person !== personId || (status === 'CANCELLED' && !attempted.cancellation.has(id))) lose('registration', `${id} (${status || 'missing'})`);
    }
    for (const id of acks.cancellation) if (!(registrations.get(id) ?? '').startsWith('CANCELLED')) lose('cancellation', id);
    for (const { id } of acks.invitation) if (!invitations.has(id)) lose('invitation', id);
    for (const email of acks.subscription) if (!subscribers.has(email)) lose('newsletter subscription', email);
    for (const { email, name } of acks.signup) {
      if (!people.has(email)) lose('sign-up (person)', email);
      if (organisationNames.get(name) !== 'PENDING') lose('sign-up (organisation)', name);
    }
    const needsByKey = new Map();
    for (const [key, id, requestId, status] of needs) {
      if (!needsByKey.has(key)) needsByKey.set(key, []);
      needsByKey.get(key).push({ id, requestId, status });
    }
    for (const [key, id] of acks.opportunity) {
      const rows = needsByKey.get(key) ?? [];
      if (!rows.some((row) => row.id === id && row.status === 'PUBLISHED')) lose('buyer need', `${key} (${id})`);
    }
    // Writes that got no answer but whose effect can be looked for (by their key): did they happen anyway?
    const effect = {
      signup: (key) => people.has(key), subscription: (key) => subscribers.has(key), invitation: (key) => invited.has(key),
      'offer-publish': (key) => ['PUBLISHED', 'WITHDRAWN'].includes(offers.get(key)), 'offer-withdraw': (key) => offers.get(key) === 'WITHDRAWN',
      'registration-cancel': (key) => (registrations.get(key) ?? '').startsWith('CANCELLED'),
    };
    const answeredKeys = new Set(journal.filter((e) => e.key && ok(e.status)).map((e) => `${e.what} ${e.key}`));
    const unansweredKeys = new Map();
    for (const e of journal) {
      if (e.key && effect[e.what] && unanswered(e.status) && !answeredKeys.has(`${e.what} ${e.key}`)) unansweredKeys.set(`${e.what} ${e.key}`, [e.what, e.key]);
    }
    const unacknowledgedDone = [...unansweredKeys.values()].filter(([what, key]) => effect[what](key)).length;
    const duplicateNeeds = [...needsByKey.values()].filter((rows) => rows.length > 1).length;
    const needsWithoutRequest = needs.filter(([, , requestId, status]) => !requestId || status !== 'PUBLISHED').length;

    // Deliveries, by their stable key.
    const byMessageId = new Map();
    for (const m of sink.accepted) {
      if (!byMessageId.has(m.messageId)) byMessageId.set(m.messageId, []);
      byMessageId.get(m.messageId).push(m);
    }
    const byEventId = new Map();
    for (const r of receiver.received) {
      if (!byEventId.has(r.id)) byEventId.set(r.id, []);
      byEventId.get(r.id).push(r);
    }
    const explained = new Set();
    const emails = { expected: 0, delivered: 0, missing: [], duplicates: [] };
    function deliveredOnce(tally, key, rows, label) {
      tally.expected++;
      explained.add(key);
      if (!rows || rows.length === 0) tally.missing.push(label);
      else {
        tally.delivered++;
        if (rows.length > 1) tally.duplicates.push({ key: label, times: rows.map((r) => r.at) });
      }
    }
    for (const [id, recipient] of outbox) deliveredOnce(emails, `<outbox-${id}@elbasar.org>`, byMessageId.get(`<outbox-${id}@elbasar.org>`), `email ${id} to ${recipient}`);
    const issue = { expected: 0, delivered: 0, missing: [], duplicates: [] };
    for (const [id, email, newsletterId] of newsletterRows) {
      const tally = newsletterId === newsletter.id ? issue : emails;
      deliveredOnce(tally, `<newsletter-${id}@elbasar.org>`, byMessageId.get(`<newsletter-${id}@elbasar.org>`), `newsletter ${id} to ${email}`);
    }
    const unexplainedEmails = [...byMessageId.keys()].filter((key) => !explained.has(key)).length;
    const readersMissed = Array.from({ length: settings.readers }, (_, i) => `reader${i + 1}@faults.example`)
      .filter((reader) => !newsletterRows.some(([, email, id]) => id === newsletter.id && email === reader)).length;

    // The emails each acknowledged write must have caused, once each.
    const outboxTo = new Map();
    for (const [id, recipient, subject] of outbox) {
      if (!outboxTo.has(recipient)) outboxTo.set(recipient, []);
      outboxTo.get(recipient).push({ id, subject });
    }
    const writeEmails = { expected: 0, missing: [], twice: [] };
    function expectEmail(label, rows) {
      writeEmails.expected++;
      if (rows.length === 0) writeEmails.missing.push(label);
      else if (rows.length > 1) writeEmails.twice.push(label);
    }
    for (const { email, name } of acks.signup) {
      expectEmail(`sign-up ${email}`, outboxTo.get(email) ?? []);
      expectEmail(`join request ${name} to the animator`, (outboxTo.get('animation@elbasar.test') ?? []).filter((row) => row.subject.endsWith(name)));
    }
    for (const { email } of acks.invitation) expectEmail(`invitation ${email}`, outboxTo.get(email) ?? []);
    for (const email of acks.subscription) expectEmail(`subscription ${email}`, outboxTo.get(email) ?? []);

    const webhooks = { expected: 0, delivered: 0, missing: [], duplicates: [] };
    const webhookIds = new Set();
    for (const [id, type, , subjectId] of webhookRows) {
      webhookIds.add(id);
      deliveredOnce(webhooks, id, byEventId.get(id), `${type} ${subjectId} (${id})`);
    }
    const unexplainedWebhooks = [...byEventId.keys()].filter((id) => !webhookIds.has(id)).length;
    const badSignatures = receiver.received.filter((r) => !r.signed || r.bodyId !== r.id).length;
    const eventsBySubject = new Map();
    for (const r of receiver.received) {
      const key = `${r.type} ${r.subjectId}`;
      if (!eventsBySubject.has(key)) eventsBySubject.set(key, new Set());
      eventsBySubject.get(key).add(r.id);
    }
    const toldUnderTwoIds = [...eventsBySubject.values()].filter((ids) => ids.size > 1).length;
    // The partner's copy ends as the catalogue: an offer published is told published, and one it was told of and
    // that was withdrawn is told withdrawn (one published and withdrawn between two fan-outs is rightly told nothing).
    const webhooksMissingForWrites = [
      ...acks.publish.filter((id) => offers.get(id) === 'PUBLISHED' && !eventsBySubject.has(`offer.published ${id}`)).map((id) => `offer.published ${id}`),
      ...[...new Set([...acks.publish, ...acks.withdraw])].filter((id) => offers.get(id) === 'WITHDRAWN' && eventsBySubject.has(`offer.published ${id}`)
        && !eventsBySubject.has(`offer.withdrawn ${id}`)).map((id) => `offer.withdrawn ${id}`),
    ];

    // Why each delivery was repeated. The platform appends a message's mark to DATA_DIR/delivery-marks/ the moment
    // the sink or receiver accepts it (docs/security.md), so the only fault that can make it send a message again
    // is a kill in that instant: a repeat is explained by a kill when the application was killed (from the signal
    // to the process's end) within MARK_SLACK_MS of the acceptance before it. A database outage between the two
    // deliveries leaves an application alive that knew it had sent: a repeat with only that in between, or with
    // no fault at all, is caused by the database outage or by nothing, and no delivery lease excuses it.
    function repeatCause(acceptedAt, repeatedAt) {
      const kill = faults.find((f) => f.kind !== 'database' && f.at <= acceptedAt + MARK_SLACK_MS && f.killedAt >= acceptedAt - MARK_SLACK_MS);
      if (kill) return { cause: kill.kind === 'application' ? CAUSES.applicationKilled : CAUSES.bothKilled, fault: kill.index };
      const outage = faults.find((f) => f.kind === 'database' && f.at <= repeatedAt && f.recoveredAt >= acceptedAt);
      if (outage) return { cause: CAUSES.databaseOutage, fault: outage.index };
      return { cause: CAUSES.noFault, fault: null };
    }
    // Each repeat of a message (its second arrival, third…), with the acceptance before it and its cause.
    for (const d of [...emails.duplicates, ...issue.duplicates, ...webhooks.duplicates]) {
      const at = d.times.map((time) => round(time - t0, 0));
      d.repeats = at.slice(1).map((repeatedAt, i) => ({ acceptedAt: at[i], repeatedAt, ...repeatCause(at[i], repeatedAt) }));
    }
    const repeatsOf = (duplicates) => duplicates.flatMap((d) => d.repeats.map((r) => ({ key: d.key, ...r })));
    const tallyByCause = (repeats) => repeats.reduce((tally, r) => {
      tally[r.cause] = (tally[r.cause] ?? 0) + 1;
      return tally;
    }, {});
    const causes = (duplicates) => tallyByCause(repeatsOf(duplicates));

    // Requests and writes, from the journal.
    const writes = journal.filter((e) => e.write);
    const byStatus = (entries) => ({
      total: entries.length,
      '2xx': entries.filter((e) => ok(e.status)).length,
      '4xx': entries.filter((e) => e.status >= 400 && e.status < 500).length,
      '5xx': entries.filter((e) => e.status >= 500).length,
      noAnswer: entries.filter((e) => e.status === 0).length,
    });
    const perKind = {};
    for (const e of writes) {
      perKind[e.what] ??= { tried: 0, acknowledged: 0, unacknowledged: 0, refused: 0 };
      perKind[e.what].tried++;
      if (ok(e.status)) perKind[e.what].acknowledged++;
      else if (unanswered(e.status)) perKind[e.what].unacknowledged++;
      else perKind[e.what].refused++;
    }
    const firstWriteAfter = faults.map((f) => {
      const entry = writes.find((e) => ok(e.status) && e.at + e.ms >= f.recoveredAt);
      return entry ? (entry.at + entry.ms - f.recoveredAt) / 1000 : null;
    }).filter((value) => value !== null);
    const kindsCount = Object.fromEntries(['database', 'application', 'both'].map((k) => [k, faults.filter((f) => f.kind === k).length]));
    const databaseFaults = faults.filter((f) => f.kind === 'database');

    const result = {
      date: new Date().toISOString(),
      scale,
      machine: `${cpus().length} cores`,
      wallSeconds: seconds(now()),
      loadSeconds,
      drainSeconds,
      workers: settings.workers,
      postgres: { synchronousCommit, extraConfig: process.env.FAULTS_DB_CONFIG ?? null },
      requests: byStatus(journal),
      writes: { ...byStatus(writes), acknowledged: writes.filter((e) => ok(e.status)).length,
        unacknowledged: writes.filter((e) => unanswered(e.status)).length, perKind },
      faults: { total: faults.length, ...kindsCount },
      lost: lost.length,
      unacknowledgedWithKey: { writes: unansweredKeys.size, doneAnyway: unacknowledgedDone },
      lostWrites: lost.slice(0, 50),
      buyerNeeds: { keys: attempted.opportunityKeys.size, acknowledged: acks.opportunity.size, replayed: journal.filter((e) => e.replayed).length,
        keysWithTwoNeeds: duplicateNeeds, needsWithoutPublishedRequest: needsWithoutRequest },
      emails: { expected: emails.expected, delivered: emails.delivered, missing: emails.missing.length, duplicates: emails.duplicates.length,
        duplicateCauses: causes(emails.duplicates), unexplained: unexplainedEmails, missingList: emails.missing.slice(0, 20) },
      emailsOfAcknowledgedWrites: { expected: writeEmails.expected, missing: writeEmails.missing.length, twice: writeEmails.twice.length,
        missingList: writeEmails.missing.slice(0, 20), twiceList: writeEmails.twice.slice(0, 20) },
      newsletter: { recipients: issue.expected, delivered: issue.delivered, missing: issue.missing.length, readersMissed,
        duplicates: issue.duplicates.length, duplicateCauses: causes(issue.duplicates) },
      webhooks: { expected: webhooks.expected, delivered: webhooks.delivered, missing: webhooks.missing.length,
        duplicates: webhooks.duplicates.length, duplicateCauses: causes(webhooks.duplicates), unexplained: unexplainedWebhooks,
        toldUnderTwoIds, badSignatures, missingForAcknowledgedWrites: webhooksMissingForWrites.length,
        missingList: [...webhooks.missing, ...webhooksMissingForWrites].slice(0, 20) },
      health: {
        databaseStops: databaseFaults.length,
        wentDown: databaseFaults.filter((f) => f.healthDown).length,
        cameBackUpWithoutRestart: databaseFaults.filter((f) => f.healthUp && !f.applicationRestarted).length,
        downAfterSeconds: stats(databaseFaults.map((f) => f.downAfterSeconds).filter((v) => v !== null)),
        upAfterDatabaseSeconds: stats(databaseFaults.map((f) => f.upAfterSeconds)),
        databaseRestartSeconds: stats(databaseFaults.map((f) => f.databaseRestartSeconds)),
        outageSeconds: stats(databaseFaults.map((f) => f.outageSeconds)),
        applicationRestartSeconds: stats(faults.filter((f) => f.kind !== 'database').map((f) => f.restartSeconds)),
        firstAcknowledgedWriteAfterRecoverySeconds: stats(firstWriteAfter),
      },
      faultLog: faults,
    };
    const duplicatesDelivered = result.emails.duplicates + result.newsletter.duplicates + result.webhooks.duplicates;
    result.duplicatesDelivered = duplicatesDelivered;

    if (faults.length < faultCount) failures.push(`${faults.length} faults of ${faultCount}`);
    if (lost.length) failures.push(`${lost.length} acknowledged writes lost (${lost.slice(0, 5).join('; ')})`);
    if (duplicateNeeds) failures.push(`${duplicateNeeds} Idempotency-Keys made two buyer needs`);
    if (needsWithoutRequest) failures.push(`${needsWithoutRequest} buyer needs without their published request`);
    if (emails.missing.length) failures.push(`${emails.missing.length} emails never delivered (${emails.missing.slice(0, 3).join('; ')})`);
    if (writeEmails.missing.length) failures.push(`${writeEmails.missing.length} acknowledged writes without their email (${writeEmails.missing.slice(0, 3).join('; ')})`);
    if (writeEmails.twice.length) failures.push(`${writeEmails.twice.length} acknowledged writes with two emails (${writeEmails.twice.slice(0, 3).join('; ')})`);
    if (unexplainedEmails) failures.push(`${unexplainedEmails} emails the outboxes do not hold`);
    if (issue.missing.length || readersMissed) failures.push(`newsletter: ${issue.missing.length} recipients missed, ${readersMissed} readers without a delivery`);
    if (webhooks.missing.length || webhooksMissingForWrites.length) {
      failures.push(`${webhooks.missing.length} webhook deliveries never made, ${webhooksMissingForWrites.length} acknowledged publications or withdrawals never told`);
    }
    if (unexplainedWebhooks || toldUnderTwoIds || badSignatures) {
      failures.push(`webhooks: ${unexplainedWebhooks} unknown event ids, ${toldUnderTwoIds} subjects told under two ids, ${badSignatures} bad signatures`);
    }
    // A delivery made again under the same Message-ID or event id. After the application was killed between the
    // send and the commit of its mark, no sender can know whether the first one arrived (SMTP and HTTP have no way
    // to ask); after a database stop the application, alive, knew it had sent. FAULTS_ALLOW_RESENDS: none (the
    // default: every repeat fails), after-kill (repeats a kill at their acceptance explains are reported, not failed), all (every repeat
    // under the same id is reported, not failed: the at-least-once contract receivers dedupe).
    const allRepeats = repeatsOf([...emails.duplicates, ...issue.duplicates, ...webhooks.duplicates]);
    const killCauses = new Set([CAUSES.applicationKilled, CAUSES.bothKilled]);
    const failingRepeats = allowResends === 'all' ? [] : allowResends === 'after-kill' ? allRepeats.filter((r) => !killCauses.has(r.cause)) : allRepeats;
    result.allowResends = allowResends;
    result.repeats = { total: allRepeats.length, byCause: tallyByCause(allRepeats), list: allRepeats };
    if (failingRepeats.length) {
      const byCause = Object.entries(tallyByCause(failingRepeats)).map(([c, n]) => `${c}: ${n}`).join(', ');
      failures.push(`${failingRepeats.length} deliveries repeated${allowResends === 'after-kill' ? ' that no kill at their acceptance explains' : ''} (${byCause}; first: ${failingRepeats.slice(0, 3).map((r) => `${r.key} accepted at ${r.acceptedAt} ms, again at ${r.repeatedAt} ms`).join('; ')})`);
    }
    result.failures = failures;
    result.passed = failures.length === 0;

    const k = result.faults;
    const showCauses = (tally) => Object.entries(tally).map(([c, n]) => `${c}: ${n}`).join(', ');
    const showDuplicates = (what, tally) => `${what} ${tally.duplicates}${tally.duplicates ? ` (${showCauses(tally.duplicateCauses)})` : ''}`;
    const showKinds = Object.entries(result.writes.perKind).sort(([a], [b]) => a.localeCompare(b))
      .map(([what, n]) => `${what} ${n.tried}/${n.acknowledged}/${n.unacknowledged}`).join(', ');
    writeReport(resultsDir, 'faults', result, 'Faults under load',
      `${settings.workers} workers write steadily (exchanges, offers drafted, published and withdrawn, event registrations and cancellations, invitations, sign-ups, newsletter subscriptions, a partner's buyer needs with an Idempotency-Key) while a newsletter issue goes out to ${issue.expected} recipients; the platform takes ${k.total} faults: PostgreSQL stopped immediately (SIGQUIT, as \`pg_ctl stop -m immediate\`) and started again with the application left running (${k.database}), the application killed with SIGKILL and restarted (${k.application}), both at once (${k.both}). Emails go to a local SMTP sink, webhooks to a local receiver; each is counted by Message-ID or Elbasar-Event-Id.`,
      [
        ['PostgreSQL synchronous_commit', `${synchronousCommit}${process.env.FAULTS_DB_CONFIG ? ` (FAULTS_DB_CONFIG=${process.env.FAULTS_DB_CONFIG})` : ''}`],
        ['Requests tried', `${result.requests.total} (2xx ${result.requests['2xx']}, 4xx ${result.requests['4xx']}, 5xx ${result.requests['5xx']}, no answer ${result.requests.noAnswer})`],
        ['Faults injected', `${k.total}: database ${k.database}, application ${k.application}, both ${k.both}`],
        ['Writes tried', result.writes.total],
        ['Writes by kind: tried / acknowledged / unacknowledged (a buyer need is retried with its key until answered)', showKinds],
        ['Writes acknowledged (2xx)', result.writes.acknowledged],
        ['Writes unacknowledged (5xx or no answer: may or may not be there)', result.writes.unacknowledged],
        ['Unacknowledged writes that can be looked for (sign-ups, subscriptions, invitations, publications, withdrawals, cancellations): done anyway', `${unacknowledgedDone} of ${unansweredKeys.size}`],
        ['Writes lost (acknowledged, not found)', result.lost],
        ['Buyer needs: keys, acknowledged, answers replayed, keys with two needs', `${result.buyerNeeds.keys}, ${result.buyerNeeds.acknowledged}, ${result.buyerNeeds.replayed}, ${duplicateNeeds}`],
        ['Emails (outbox): expected, delivered, missing, delivered twice', `${emails.expected}, ${emails.delivered}, ${emails.missing.length}, ${emails.duplicates.length}`],
        ['Emails of acknowledged writes: expected, missing, written twice', `${writeEmails.expected}, ${writeEmails.missing.length}, ${writeEmails.twice.length}`],
        ['Newsletter: recipients, delivered, missing, delivered twice', `${issue.expected}, ${issue.delivered}, ${issue.missing.length}, ${issue.duplicates.length}`],
        ['Webhooks: expected, delivered, missing, delivered twice', `${webhooks.expected}, ${webhooks.delivered}, ${webhooks.missing.length}, ${webhooks.duplicates.length}`],
        ['Messages delivered more than once (same Message-ID or event id), their repeats by cause', `${duplicatesDelivered}: ${showDuplicates('emails', result.emails)}; ${showDuplicates('newsletter', result.newsletter)}; ${showDuplicates('webhooks', result.webhooks)}`],
        [`Repeats by cause (a kill within ${MARK_SLACK_MS / 1000} s of the acceptance before it; else a database outage in between; else none)`, `${result.repeats.total}${result.repeats.total ? `: ${showCauses(result.repeats.byCause)}` : ''}`],
        ['Readiness DOWN after PostgreSQL stopped (min / median / max)', `${result.health.wentDown} of ${result.health.databaseStops}: ${showStats(result.health.downAfterSeconds)}`],
        ['Readiness UP after PostgreSQL back, no restart (min / median / max)', `${result.health.cameBackUpWithoutRestart} of ${result.health.databaseStops}: ${showStats(result.health.upAfterDatabaseSeconds)}`],
        ['PostgreSQL restart, crash recovery included', showStats(result.health.databaseRestartSeconds)],
        ['Application restart to ready', showStats(result.health.applicationRestartSeconds)],
        ['First acknowledged write after recovery', showStats(result.health.firstAcknowledgedWriteAfterRecoverySeconds)],
        ['Wall time (load, drain)', `${result.wallSeconds} s (${loadSeconds} s, ${drainSeconds} s)`],
        ['Repeats under the same id allowed (FAULTS_ALLOW_RESENDS)', allowResends],
        ['Passed', result.passed ? 'yes' : `no: ${failures.join('; ')}`],
      ]);
    say(JSON.stringify({ ...result, faultLog: undefined, lostWrites: undefined }));
    if (failures.length) throw new Error(failures.join('; '));
  } finally {
    loadRunning = false;
    const stopping = now();
    if (application) await terminate(application);
    const stopped = now();
    await database.stop();
    say(`stopped the application in ${seconds(stopped - stopping)} s, PostgreSQL in ${seconds(now() - stopped)} s`);
    sink.close();
    receiver.close();
    await endJournal();
  }
}

run('faults', main);
