#!/usr/bin/env node
// Partner webhooks crash-tested: a member publishes offers steadily while a partner subscribed to
// offer.published listens on a local receiver, and the application is killed (SIGKILL) and restarted
// WEBHOOK_KILLS times. Every offer whose publication was answered 2xx must reach the partner, signed,
// under one event id (a delivery the receiver had answered when the process died may come again with
// the same id: counted and reported). WEBHOOK_SCALE=small runs in `make test`, full in `make bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { answers, freePort, launchApplication, startDatabase, waitFor } from './lib/processes.mjs';
import { run, writeReport } from './lib/crash-report.mjs';
import { startWebhookReceiver } from './lib/sinks.mjs';

const SCALES = { small: { offers: 60, kills: 2 }, full: { offers: 1000, kills: 5 } };
const ADMIN = { email: 'webhook-bench@elbasar.test', password: 'Bench-webhooks-2026!' };
const MEMBER_EMAIL = 'publisher@webhooks.example';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scale = process.env.WEBHOOK_SCALE ?? 'full';
const offers = Number(process.env.WEBHOOK_OFFERS ?? SCALES[scale].offers);
const kills = Number(process.env.WEBHOOK_KILLS ?? SCALES[scale].kills);
const jar = join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const work = join(root, 'bench/work', `webhooks-${scale}`);
const resultsDir = scale === 'full' ? join(root, 'bench/results') : join(work, 'results');
const say = (message) => console.log(`[webhooks] ${message}`);

/** What the partner's endpoint received: every POST, with its signature checked (bench/lib/sinks.mjs). */
let secret = '';

async function call(base, path, { token, body, method = 'POST', form } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body) headers['Content-Type'] = 'application/json';
  if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(base + path, { method, headers, body: form ? new URLSearchParams(form) : body && JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'data'), { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const receiverPort = await freePort();
  const receiver = await startWebhookReceiver(receiverPort, () => secret);
  const { received } = receiver;
  const database = await startDatabase(jar, { dataDir: join(work, 'data'), logFile: join(work, 'database.out') });
  const databaseUrl = database.url;
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const startApplication = () => launchApplication(jar, {
    port, dataDir: join(work, 'data'), dbPort: database.port, logFile: join(work, 'application.out'),
    env: { PUBLIC_URL: base, ELBASAR_MAIL_MOCK: 'true', ELBASAR_ADMIN_EMAIL: ADMIN.email, ELBASAR_ADMIN_PASSWORD: ADMIN.password,
      ELBASAR_PARTNER_WEBHOOKS_REQUIRE_HTTPS: 'false', ELBASAR_PARTNER_WEBHOOKS_ALLOWED_INTERNAL_HOSTS: '127.0.0.1',
      ELBASAR_DELIVERY_LEASE: '10s' },
  });
  let application;
  try {
    application = startApplication();
    await waitFor('the application', () => answers(`${base}/q/health/ready`), application);

    // A member organisation whose administrator signs in with the admin's password.
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', databaseUrl, '-c', `
      WITH bench AS (
        INSERT INTO organisation (id, name, legal_form, commune_id, contact_email, status, created_at, joined_at, updated_at)
        VALUES (gen_random_uuid(), 'Webhook bench', 'SCIC', 'commune:59350', 'bench@webhooks.example', 'ACTIVE', now(), now(), now())
        RETURNING id)
      INSERT INTO person (id, email, password_hash, first_name, last_name, organisation_id, organisation_role, created_at, password_changed_at)
      SELECT gen_random_uuid(), '${MEMBER_EMAIL}', p.password_hash, 'Publisher', 'Bench', bench.id, 'ORG_ADMIN', now(), now()
      FROM bench, person p WHERE p.email = '${ADMIN.email}'`], { stdio: 'inherit' });
    const admin = (await call(base, '/api/v1/auth/login', { body: ADMIN })).json.accessToken;
    const client = await call(base, '/api/v1/partner-clients', { token: admin, body: {
      name: 'Ceres bench', contactEmail: 'tech@ceres.example', scopes: ['catalog:read', 'webhooks:manage'], requestsPerMinute: 100000, active: true } });
    const partner = (await call(base, '/api/v1/oauth/token', { form: {
      grant_type: 'client_credentials', client_id: client.json.clientId, client_secret: client.json.clientSecret } })).json.access_token;
    const subscription = await call(base, '/api/v1/partner/webhooks', { token: partner, body: {
      url: `http://127.0.0.1:${receiverPort}/hooks`, events: ['offer.published'], offerView: 'ALL' } });
    if (subscription.status !== 201) throw new Error(`subscribe: ${subscription.status} ${JSON.stringify(subscription.json)}`);
    secret = subscription.json.secret;

    // Four members' sessions publish at once; the application is killed at even points, with
    // publications and deliveries in flight.
    const acknowledged = [];
    let attempts = 0;
    let up = true;
    const downtimes = [];
    async function publisher() {
      let member = null;
      while (acknowledged.length < offers) {
        if (!up) {
          await sleep(100);
          continue;
        }
        attempts++;
        try {
          member ??= (await call(base, '/api/v1/auth/login', { body: { email: MEMBER_EMAIL, password: ADMIN.password } })).json.accessToken;
          const draft = await call(base, '/api/v1/offers', { token: member, body: {
            title: `Atelier vélo ${attempts}`, description: 'Réparation de vélos en insertion.', categoryCode: 'communication-design',
            mode: 'SERVICE', price: 40, priceUnit: 'HOUR', onQuote: false, reach: 'REGION' } });
          if (draft.status !== 201) throw new Error(`draft ${draft.status}`);
          const published = await call(base, `/api/v1/offers/${draft.json.id}/publish`, { token: member });
          if (published.status === 200) acknowledged.push(draft.json.id);
        } catch {
          await sleep(50);
        }
      }
    }
    async function killer() {
      for (let killed = 1; killed <= kills; killed++) {
        const threshold = Math.floor((offers * killed) / (kills + 1));
        while (acknowledged.length < threshold) await sleep(5);
        up = false;
        process.kill(application.pid, 'SIGKILL');
        await application.exited;
        const killedAt = performance.now();
        say(`killed the application (SIGKILL) after ${acknowledged.length} publications; restarting`);
        application = startApplication();
        await waitFor('the application', () => answers(`${base}/q/health/ready`), application);
        downtimes.push(Math.round((performance.now() - killedAt) / 100) / 10);
        up = true;
      }
    }
    await Promise.all([killer(), publisher(), publisher(), publisher(), publisher()]);
    say(`${acknowledged.length} publications acknowledged in ${attempts} attempts; waiting for their webhooks`);
    const told = () => new Set(received.filter((r) => r.type === 'offer.published').map((r) => r.subjectId));
    await waitFor('every acknowledged offer told', async () => acknowledged.every((id) => told().has(id)), application, 120)
      .catch((error) => say(error.message));
    await sleep(2000);

    const idsBySubject = new Map();
    for (const r of received) {
      if (!idsBySubject.has(r.subjectId)) idsBySubject.set(r.subjectId, new Set());
      idsBySubject.get(r.subjectId).add(r.bodyId);
    }
    const distinctEvents = new Set(received.map((r) => r.bodyId)).size;
    const result = {
      date: new Date().toISOString(),
      scale,
      machine: `${cpus().length} cores`,
      publicationsAcknowledged: acknowledged.length,
      kills,
      deliveriesReceived: received.length,
      distinctEvents,
      lost: acknowledged.filter((id) => !idsBySubject.has(id)).length,
      offersToldUnderTwoEventIds: [...idsBySubject.values()].filter((ids) => ids.size > 1).length,
      redeliveredWithSameEventId: received.length - distinctEvents,
      badSignatures: received.filter((r) => !r.signed).length,
      restartSeconds: downtimes,
    };
    const failures = [];
    if (result.lost) failures.push(`${result.lost} acknowledged publications never told`);
    if (result.offersToldUnderTwoEventIds) failures.push(`${result.offersToldUnderTwoEventIds} offers told as two different events`);
    if (result.badSignatures) failures.push(`${result.badSignatures} deliveries with a wrong signature`);
    result.passed = failures.length === 0;
    writeReport(resultsDir, 'webhooks', result, 'Partner webhooks under crashes',
      `Four sessions of a member publish ${offers} offers at once while a partner listens to offer.published; the application is killed with SIGKILL and restarted ${kills} times.`,
      [
        ['Publications acknowledged (2xx)', result.publicationsAcknowledged],
        ['Deliveries received', `${result.deliveriesReceived} (${result.distinctEvents} distinct event ids)`],
        ['Acknowledged publications never told', result.lost],
        ['Offers told under two different event ids', result.offersToldUnderTwoEventIds],
        ['Redelivered with the same event id', result.redeliveredWithSameEventId],
        ['Wrong signatures', result.badSignatures],
        ['Restart to ready (s)', result.restartSeconds.join(', ')],
      ]);
    say(JSON.stringify(result));
    if (failures.length) throw new Error(failures.join('; '));
  } finally {
    if (application) await application.stop();
    await database.stop();
    receiver.close();
  }
}

run('webhooks', main);
