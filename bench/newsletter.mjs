#!/usr/bin/env node
// The newsletter's sending, measured and crash-tested: an issue sent to NEWSLETTER_RECIPIENTS people
// through a local SMTP sink, while the application is killed (SIGKILL) and restarted mid-send
// NEWSLETTER_KILLS times. Every message the sink accepts is counted: no recipient may be missing
// and none may receive two different messages. A message the SMTP server had taken when the process
// died is sent again after the restart with the same Message-ID (receivers drop it); those resends
// are counted and reported. Full scale runs in `make bench`; NEWSLETTER_SCALE=small in `make test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { answers, freePort, launchApplication, startDatabase, waitFor } from './lib/processes.mjs';
import { run, writeReport } from './lib/crash-report.mjs';
import { startSmtpSink } from './lib/sinks.mjs';

const SCALES = {
  full: { recipients: 10_000, kills: 2 },
  small: { recipients: 300, kills: 2 },
};
const TARGET_PER_SECOND = 50;
const ADMIN = { email: 'newsletter-bench@elbasar.test', password: 'Bench-newsletter-2026!' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scale = process.env.NEWSLETTER_SCALE ?? 'full';
const settings = SCALES[scale];
if (!settings) throw new Error(`NEWSLETTER_SCALE must be one of ${Object.keys(SCALES).join(', ')}`);
const recipients = Number(process.env.NEWSLETTER_RECIPIENTS ?? settings.recipients);
const kills = Number(process.env.NEWSLETTER_KILLS ?? settings.kills);
const jar = join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const work = join(root, 'bench/work', `newsletter-${scale}`);
const resultsDir = scale === 'full' ? join(root, 'bench/results') : join(work, 'results');
const say = (message) => console.log(`[newsletter] ${message}`);

/** What the SMTP sink accepted (bench/lib/sinks.mjs): one entry per recipient of each message, with its Message-ID. */
const accepted = [];

const newsletterMessages = () => accepted.filter((m) => m.messageId.startsWith('<newsletter-'));
const distinctRecipients = () => new Set(newsletterMessages().map((m) => m.to)).size;

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'data'), { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const smtpPort = await freePort();
  const sink = await startSmtpSink(smtpPort, accepted);
  const database = await startDatabase(jar, { dataDir: join(work, 'data'), logFile: join(work, 'database.out') });
  const databaseUrl = database.url;
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const startApplication = () =>
    launchApplication(jar, {
      port,
      dataDir: join(work, 'data'),
      dbPort: database.port,
      logFile: join(work, 'application.out'),
      env: {
        PUBLIC_URL: base,
        ELBASAR_MAIL_MOCK: 'false',
        // what a killed sender had claimed goes out 10 s later rather than 2 min (the sink answers at once)
        ELBASAR_DELIVERY_LEASE: '10s',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtpPort),
        ELBASAR_ADMIN_EMAIL: ADMIN.email,
        ELBASAR_ADMIN_PASSWORD: ADMIN.password,
      },
    });
  let application;
  try {
    application = startApplication();
    await waitFor('the application', () => answers(`${base}/q/health/ready`), application);

    say(`${recipients} readers in an active organisation (one in five reads English)`);
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', databaseUrl, '-c', `
      WITH bench AS (
        INSERT INTO organisation (id, name, legal_form, commune_id, contact_email, status, created_at, joined_at, updated_at)
        VALUES (gen_random_uuid(), 'Newsletter bench', 'ASSOCIATION', 'commune:59350', 'bench@newsletter.example', 'ACTIVE', now(), now(), now())
        RETURNING id)
      INSERT INTO person (id, email, password_hash, first_name, last_name, locale, organisation_id, organisation_role, created_at, password_changed_at)
      SELECT gen_random_uuid(), 'reader' || i || '@newsletter.example', '-', 'Reader', i::text, CASE WHEN i % 5 = 0 THEN 'en' ELSE 'fr' END,
             bench.id, 'MEMBER', now(), now()
      FROM bench, generate_series(1, ${recipients}) AS i`], { stdio: 'inherit' });

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN),
    });
    if (!login.ok) throw new Error(`the admin cannot sign in (${login.status})`);
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${(await login.json()).accessToken}` };
    const composed = await fetch(`${base}/api/v1/newsletters`, { method: 'POST', headers, body: '{}' });
    if (composed.status !== 201) throw new Error(`compose: ${composed.status} ${await composed.text()}`);
    const issue = await composed.json();
    const started = performance.now();
    const sent = await fetch(`${base}/api/v1/newsletters/${issue.id}/send`, {
      method: 'POST', headers: { ...headers, 'If-Match': `"${issue.version}"` },
    });
    if (sent.status !== 202) throw new Error(`send: ${sent.status} ${await sent.text()}`);
    // The bench's readers and the admin (staff receive the newsletter too).
    const total = (await sent.json()).progress.total;
    say(`sending issue ${issue.month} to ${total} recipients`);

    // The application's runs, between kills: the rate counts the time each spent sending.
    const runs = [];
    const downtimes = [];
    let runStart = started;
    for (let kill = 1; kill <= kills; kill++) {
      const threshold = Math.floor((recipients * kill) / (kills + 1));
      await waitFor(`${threshold} messages`, async () => distinctRecipients() >= threshold, application, 600);
      process.kill(application.pid, 'SIGKILL');
      await application.exited;
      const killedAt = performance.now();
      runs.push([runStart, killedAt]);
      say(`killed the application (SIGKILL) after ${distinctRecipients()} recipients; restarting`);
      application = startApplication();
      await waitFor('the application', () => answers(`${base}/q/health/ready`), application);
      runStart = performance.now();
      downtimes.push((runStart - killedAt) / 1000);
    }
    await waitFor('every recipient', async () => distinctRecipients() >= total, application, 900);
    runs.push([runStart, performance.now()]);
    await waitFor('the issue marked sent', async () => {
      const response = await fetch(`${base}/api/v1/newsletters/${issue.id}`, { headers });
      return response.ok && (await response.json()).status === 'SENT';
    }, application, 120);
    // Anything still in flight would arrive now.
    await sleep(2000);

    const messages = newsletterMessages();
    const idsByRecipient = new Map();
    for (const m of messages) {
      if (!idsByRecipient.has(m.to)) idsByRecipient.set(m.to, new Set());
      idsByRecipient.get(m.to).add(m.messageId);
    }
    const distinctIds = new Set(messages.map((m) => m.messageId)).size;
    // From each run's first message to its last: not the wait for the sender's next poll after a start.
    const sending = runs.map(([from, to]) => messages.filter((m) => m.at >= from && m.at <= to).map((m) => m.at))
      .filter((times) => times.length > 1)
      .map((times) => ({ messages: times.length, seconds: (Math.max(...times) - Math.min(...times)) / 1000 }));
    const perSecond = (parts) => parts.reduce((sum, p) => sum + p.messages, 0) / parts.reduce((sum, p) => sum + p.seconds, 0);
    const result = {
      date: new Date().toISOString(),
      scale,
      machine: `${cpus().length} cores`,
      recipients: total,
      kills,
      acceptedBySink: messages.length,
      distinctMessages: distinctIds,
      recipientsReached: idsByRecipient.size,
      lost: total - idsByRecipient.size,
      readersMissed: Array.from({ length: recipients }, (_, i) => `reader${i + 1}@newsletter.example`).filter((reader) => !idsByRecipient.has(reader)).length,
      recipientsWithTwoDifferentMessages: [...idsByRecipient.values()].filter((ids) => ids.size > 1).length,
      resentWithSameMessageId: messages.length - distinctIds,
      messagesPerSecondBeforeFirstKill: Math.round(perSecond(sending.slice(0, 1)) * 10) / 10,
      messagesPerSecondOverall: Math.round(perSecond(sending) * 10) / 10,
      restartSeconds: downtimes.map((seconds) => Math.round(seconds * 10) / 10),
      target: `≥ ${TARGET_PER_SECOND} messages per second`,
    };
    const failures = [];
    if (result.lost !== 0) failures.push(`${result.lost} recipients received nothing`);
    if (result.recipientsWithTwoDifferentMessages !== 0) failures.push(`${result.recipientsWithTwoDifferentMessages} recipients received the issue twice`);
    if (result.readersMissed !== 0) failures.push(`${result.readersMissed} of the bench's readers received nothing`);
    if (result.distinctMessages !== total) failures.push(`${result.distinctMessages} distinct messages for ${total} recipients`);
    if (scale === 'full' && result.messagesPerSecondOverall < TARGET_PER_SECOND) failures.push(`${result.messagesPerSecondOverall} messages per second`);
    result.passed = failures.length === 0;

    writeReport(resultsDir, 'newsletter', result, 'Newsletter sending',
      `One issue to ${total} recipients (${recipients} readers and the admin) through a local SMTP sink, the application killed with SIGKILL and restarted ${kills} times mid-send (default settings: 4 workers, at most 100 messages per second).`,
      [
        [`Messages accepted by the SMTP sink`, result.acceptedBySink],
        [`Distinct messages (Message-ID)`, result.distinctMessages],
        [`Recipients reached`, `${result.recipientsReached} of ${total}`],
        [`Lost`, `${result.lost} (the bench's readers missed: ${result.readersMissed})`],
        [`Recipients who received two different messages`, result.recipientsWithTwoDifferentMessages],
        [`Resent after a kill with the same Message-ID`, result.resentWithSameMessageId],
        [`Messages per second before the first kill`, result.messagesPerSecondBeforeFirstKill],
        [`Messages per second over all runs (from each run's first message to its last)`, `${result.messagesPerSecondOverall} (target ${TARGET_PER_SECOND})`],
        [`Restart to ready (s)`, `${result.restartSeconds.join(', ')}`],
      ]);
    say(JSON.stringify(result));
    if (failures.length) throw new Error(failures.join('; '));
  } finally {
    if (application) await application.stop();
    await database.stop();
    sink.close();
  }
}

run('newsletter', main);
