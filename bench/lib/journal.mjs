// The journal of a crash test: every request sent, what it was for and its answer, kept in memory and
// appended to a JSON Lines file, so that afterwards each acknowledged write can be looked for and each
// failure explained.
import { createWriteStream } from 'node:fs';

/**
 * `call(worker, what, method, path, options)` sends one request to `base` and journals it as
 * { at, worker, what, method, path, write, status, ms, id?, key?, replayed?, servedBy?, error?, ...fields() }:
 * `at` in ms from `now()`, status 0 when no answer came (`error` says why), `servedBy` the balancer's
 * X-Served-By header when there is one. Each request carries its own X-Request-Id (`requestId`), which a balancer
 * can log. Resolves to { status, json, entry, headers }.
 */
export function createJournal({ base, file, now, fields = () => ({}) }) {
  const entries = [];
  let sent = 0;
  const out = createWriteStream(file);
  async function call(worker, what, method, path, { token, body, headers = {}, form, write = true, key, timeoutMs = 20_000 } = {}) {
    const entry = { at: Math.round(now()), worker, what, method, path, write, requestId: `${worker}-${++sent}`, ...fields() };
    if (key) entry.key = key;
    const started = performance.now();
    let json = null;
    let response = null;
    try {
      const sentHeaders = { 'X-Request-Id': entry.requestId, ...headers };
      if (token) sentHeaders.Authorization = `Bearer ${token}`;
      if (body !== undefined) sentHeaders['Content-Type'] = 'application/json';
      if (form) sentHeaders['Content-Type'] = 'application/x-www-form-urlencoded';
      response = await fetch(base + path, {
        method, headers: sentHeaders, signal: AbortSignal.timeout(timeoutMs),
        body: form ? new URLSearchParams(form) : body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      entry.status = response.status;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      if (response.headers.get('idempotent-replayed')) entry.replayed = true;
      if (response.headers.get('x-served-by')) entry.servedBy = response.headers.get('x-served-by');
      if (json && typeof json === 'object' && json.id && response.ok) entry.id = json.id;
    } catch (error) {
      entry.status = 0;
      entry.error = error.cause?.code ?? error.name;
    }
    entry.ms = Math.round(performance.now() - started);
    entries.push(entry);
    out.write(JSON.stringify(entry) + '\n');
    return { status: entry.status, json, entry, headers: response?.headers };
  }
  return { entries, call, end: () => new Promise((resolve) => out.end(resolve)) };
}
