#!/usr/bin/env node
// Backup and restore, proven end to end (`make backup-test`; docs/operations.md):
//   1. the packaged platform starts with the demo data on a new DATA_DIR; a member uploads two photos to
//      an offer and an animator an image to an event, through the API;
//   2. scripts/backup.sh backs the running platform up while another member keeps writing (the backup must
//      be one consistent snapshot), then the platform stops and a second backup is taken of the stopped
//      DATA_DIR (the launcher's database mode);
//   3. scripts/restore.sh refuses a non-empty DATA_DIR and a damaged archive, then restores the online
//      backup into a new DATA_DIR and the offline one over it with FORCE=1 (each restore checks itself
//      against its manifest);
//   4. this test's own checksums (not the scripts': ordered by primary key here) of every table, every
//      sequence and every stored photo and image must be equal in the stopped source and the restore of its
//      backup; a changed row must be caught; the restored platform must serve the same photo bytes, let
//      membre1 sign in, keep sessions (refresh cookies) and refuse access tokens signed by the old keys.
// Any difference fails the run. Needs pg_dump 17 (scripts/pg-tools.sh builds it once, outside the timing).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { answers, freePort, launch, startDatabase, waitFor } from './lib/processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jar = process.env.BACKEND_JAR ?? join(root, 'backend/target/quarkus-app/quarkus-run.jar');
const work = join(root, 'bench/work/backup-restore');
const PASSWORD = 'Demo-elbasar-2026!';
// Short-lived: the client compiler alone starts the platform with less CPU on a shared machine.
const JVM = ['-Xmx512m', '-XX:TieredStopAtLevel=1'];
const say = (message) => console.log(`[backup-restore] ${message}`);
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;

// Row text must not depend on the session: the same settings on both sides.
const PGOPTIONS = '-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=postgres -c bytea_output=hex -c extra_float_digits=1';

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', url], {
    input: sql, env: { ...process.env, PGOPTIONS }, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'inherit'],
  }).toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/**
 * This test's own inventory, written apart from scripts/backup-inventory.sql so that a mistake in one is
 * caught by the other: per table its row count and the md5 of its rows' md5s in primary-key order;
 * each sequence's last value; the sha256 of every photo, thumbnail and event image the platform stores.
 */
function inventory(url) {
  const tables = psql(url, `
    SELECT t.table_schema, t.table_name,
           coalesce((SELECT string_agg(format('(t.%I)::text COLLATE "C"', k.column_name), ', ' ORDER BY k.ordinal_position)
                     FROM information_schema.table_constraints c
                     JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name, table_schema, table_name)
                     WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'), '')
    FROM information_schema.tables t
    WHERE t.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
    ORDER BY 1, 2`);
  const result = new Map();
  const union = tables.map(([schema, table, key]) => `SELECT '${schema}.${table}', count(*), md5(coalesce(string_agg(md5(t::text), ',' ORDER BY ${key || 't::text COLLATE "C"'}), ''))
    FROM "${schema}"."${table}" t`).join('\nUNION ALL\n');
  for (const [name, rows, md5] of psql(url, union)) result.set(`table ${name}`, `${rows} rows, md5 ${md5}`);
  for (const [name, value] of psql(url, `SELECT schemaname || '.' || sequencename, coalesce(last_value::text, 'unused') FROM pg_sequences`)) {
    result.set(`sequence ${name}`, value);
  }
  for (const [name, sha] of psql(url, `
      SELECT 'photo ' || id || ' ' || what, encode(sha256(bytes), 'hex')
      FROM catalog_photo, LATERAL (VALUES ('content', content), ('thumbnail', thumbnail)) v(what, bytes)
      UNION ALL
      SELECT 'event image ' || id || ' ' || what, encode(sha256(bytes), 'hex')
      FROM event, LATERAL (VALUES ('image', image), ('thumbnail', image_thumbnail)) v(what, bytes) WHERE bytes IS NOT NULL`)) {
    result.set(`media ${name}`, sha);
  }
  return result;
}

function differences(expected, actual) {
  const lines = [];
  for (const [key, value] of expected) {
    if (!actual.has(key)) lines.push(`${key}: missing from the restore (source: ${value})`);
    else if (actual.get(key) !== value) lines.push(`${key}: source ${value}, restored ${actual.get(key)}`);
  }
  for (const [key, value] of actual) if (!expected.has(key)) lines.push(`${key}: only in the restore (${value})`);
  return lines;
}

/** Runs a script without blocking the event loop; resolves to its exit code, stdout and stderr. */
function script(name, env) {
  return new Promise((done) => {
    const child = spawn(join(root, 'scripts', name), [], { env: { ...process.env, BACKEND_JAR: jar, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on('exit', (code) => done({ code, stdout: stdout.trim(), stderr }));
  });
}

async function mustRun(name, env) {
  const started = performance.now();
  const result = await script(name, env);
  if (result.code !== 0) throw new Error(`${name} failed (exit ${result.code})`);
  return { ...result, seconds: seconds(started) };
}

async function mustRefuse(name, env, expected) {
  const result = await script(name, env);
  if (result.code === 0 || !expected.test(result.stderr)) {
    throw new Error(`${name} should have refused (${expected}), exit ${result.code}`);
  }
}

/** A PNG of width × height with a gradient seeded by `seed` (no image library needed). */
function png(width, height, seed) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      raw.set([(x * 255) / width, (y * 255) / height, (seed * 37 + x * y) % 256], y * (1 + width * 3) + 1 + x * 3);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function call(base, path, { token, body, method = 'POST', file, cookie } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (cookie) headers.Cookie = cookie;
  let payload;
  if (file) {
    payload = new FormData();
    payload.append('file', new Blob([file], { type: 'image/png' }), 'photo.png');
  } else if (body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(base + path, { method, headers, body: payload });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json') && bytes.length ? JSON.parse(bytes) : null;
  return { status: response.status, json, bytes, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function expectStatus(what, promise, status) {
  const response = await promise;
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${response.bytes.toString('utf8').slice(0, 300)}`);
  return response;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const signIn = (base, email) => expectStatus(`sign-in of ${email}`, call(base, '/api/v1/auth/login', { body: { email, password: PASSWORD } }), 200);

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tools = execFileSync(join(root, 'scripts/pg-tools.sh'), { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();
  process.env.PATH = `${tools}:${process.env.PATH}`;
  say(`PostgreSQL client tools: ${tools} (${execFileSync('pg_dump', ['--version']).toString().trim()})`);
  const started = performance.now();
  const source = join(work, 'source');
  const backups = join(work, 'backups');
  const timings = {};

  // 1. The platform with its demo data, and files uploaded through the API.
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let application = launch('java', [...JVM, '-jar', jar], {
    logFile: join(work, 'source.out'),
    env: { PORT: String(port), DATA_DIR: source, PUBLIC_URL: base, ELBASAR_DEMO_DATA: 'true', ELBASAR_MAIL_MOCK: 'true' },
  });
  let database;
  let writerStop = true;
  try {
    let phase = performance.now();
    await waitFor('the platform', () => answers(`${base}/q/health/ready`), application);
    timings.sourceStart = seconds(phase);
    const member = await signIn(base, 'membre1@elbasar.test');
    const offer = await expectStatus('offer draft', call(base, '/api/v1/offers', { token: member.json.accessToken, body: {
      title: 'Lot de chaises restaurées', description: 'Douze chaises bistrot restaurées par notre atelier.', categoryCode: 'communication-design',
      mode: 'DONATION', onQuote: false, reach: 'REGION' } }), 201);
    const photos = [];
    for (const seed of [1, 2]) {
      const photo = await expectStatus('photo upload', call(base, `/api/v1/offers/${offer.json.id}/photos`,
        { token: member.json.accessToken, file: png(320, 200, seed) }), 201);
      photos.push(photo.json);
    }
    await expectStatus('publish', call(base, `/api/v1/offers/${offer.json.id}/publish`, { token: member.json.accessToken }), 200);
    const served = {};
    for (const photo of photos) {
      served[photo.url] = sha256((await expectStatus('photo', call(base, photo.url, { method: 'GET' }), 200)).bytes);
      served[photo.thumbnailUrl] = sha256((await expectStatus('thumbnail', call(base, photo.thumbnailUrl, { method: 'GET' }), 200)).bytes);
    }
    const animator = await signIn(base, 'animation@elbasar.test');
    const event = (await expectStatus('events', call(base, '/api/v1/events', { method: 'GET' }), 200)).json.items[0];
    await expectStatus('event image', call(base, `/api/v1/events/${event.id}/image`, { method: 'PUT', token: animator.json.accessToken, file: png(400, 300, 3) }), 200);
    served[`/api/v1/events/${event.id}/image`] = sha256((await expectStatus('event image', call(base, `/api/v1/events/${event.id}/image`, { method: 'GET' }), 200)).bytes);
    const sessionCookie = (await signIn(base, 'membre2@elbasar.test')).cookie;
    say(`uploaded 2 photos to offer ${offer.json.id} and an image to event ${event.id}`);

    // 2a. A backup of the running platform while a member keeps writing.
    const writer = await signIn(base, 'membre2@elbasar.test');
    let written = 0;
    writerStop = false;
    const writing = (async () => {
      while (!writerStop && written < 2000) {
        const draft = await call(base, '/api/v1/offers', { token: writer.json.accessToken, body: {
          title: `Prêt de matériel ${written}`, description: 'Un outil à prêter entre adhérents.', categoryCode: 'communication-design',
          mode: 'EQUIPMENT_LOAN', onQuote: false, reach: 'REGION' } });
        if (draft.status !== 201) throw new Error(`writer: ${draft.status} ${draft.bytes.toString('utf8').slice(0, 200)}`);
        written++;
      }
    })();
    writing.catch(() => {}); // awaited below; a failure after a failed backup must not end the process before the cleanup
    while (written < 3) await sleep(10);
    const writtenBefore = written;
    const online = await mustRun('backup.sh', { DATA_DIR: source, BACKUP_DIR: backups });
    const writtenDuring = written - writtenBefore;
    writerStop = true;
    await writing;
    timings.backupOnline = online.seconds;
    say(`online backup ${online.stdout} in ${online.seconds} s; ${writtenDuring} offers written meanwhile`);
    if (!writtenDuring) say('note: no write landed during the online backup (a slow machine); its consistency is then checked without concurrent writes');

    // 2b. The platform stops; a backup of the stopped DATA_DIR.
    await application.stop();
    application = null;
    const offline = await mustRun('backup.sh', { DATA_DIR: source, BACKUP_DIR: backups });
    timings.backupOffline = offline.seconds;
    const manifest = JSON.parse(execFileSync('tar', ['-xOf', offline.stdout, 'manifest.json']));
    // delivery-marks: marks of messages sent while the database was away, meaningful for that live database only
    const unexpected = readdirSync(source).filter((name) => !['postgres', 'keys', 'mail', 'delivery-marks'].includes(name));
    if (unexpected.length) throw new Error(`DATA_DIR holds ${unexpected.join(', ')}, which backups do not carry: add them to scripts/backup.sh`);

    // The source as it now stands, by this test's own checksums.
    phase = performance.now();
    database = await startDatabase(jar, { dataDir: source, logFile: join(work, 'source-database.out') });
    const sourceInventory = inventory(database.url);
    await database.stop();
    database = null;
    timings.sourceInventory = seconds(phase);
    // The manifest (the scripts' inventory) and this test's inventory agree on which tables and how many rows.
    const manifestRows = Object.fromEntries(manifest.inventory.filter((i) => i.kind === 'table').map((i) => [`table ${i.name}`, String(i.rows)]));
    const sourceRows = Object.fromEntries([...sourceInventory].filter(([key]) => key.startsWith('table ')).map(([key, value]) => [key, value.split(' ')[0]]));
    const rowMismatches = [...new Set([...Object.keys(manifestRows), ...Object.keys(sourceRows)])]
      .filter((key) => manifestRows[key] !== sourceRows[key]).map((key) => `${key}: manifest ${manifestRows[key]}, source ${sourceRows[key]}`);
    if (rowMismatches.length) throw new Error(`the offline backup's manifest differs from the source: ${rowMismatches.join('; ')}`);
    const media = [...sourceInventory.keys()].filter((key) => key.startsWith('media '));
    if (media.length !== 6) throw new Error(`expected 6 stored files (2 photos, 2 thumbnails, an event image and its thumbnail), found ${media.length}`);

    // 3. Refusals, then the two restores.
    await mustRefuse('restore.sh', { BACKUP: offline.stdout, DATA_DIR: source }, /not empty/);
    const damaged = join(work, 'damaged');
    mkdirSync(damaged);
    execFileSync('tar', ['-xf', offline.stdout, '-C', damaged]);
    const dump = readFileSync(join(damaged, 'database.dump'));
    dump[Math.floor(dump.length / 2)] ^= 0xff;
    writeFileSync(join(damaged, 'database.dump'), dump);
    await mustRefuse('restore.sh', { BACKUP: damaged, DATA_DIR: join(work, 'never') }, /damaged/);
    const restored = join(work, 'restored');
    const restoredOnline = await mustRun('restore.sh', { BACKUP: online.stdout, DATA_DIR: restored });
    timings.restoreOnline = restoredOnline.seconds;
    // FORCE=1 replaces the database just restored by the other backup's
    const restoredOffline = await mustRun('restore.sh', { BACKUP: offline.stdout, DATA_DIR: restored, FORCE: '1' });
    timings.restoreOffline = restoredOffline.seconds;

    // 4. The restore of the stopped source, compared with it by this test's own checksums.
    database = await startDatabase(jar, { dataDir: restored, logFile: join(work, 'restored-database.out') });
    const restoredInventory = inventory(database.url);
    const found = differences(sourceInventory, restoredInventory);
    if (found.length) throw new Error(`the restore differs from its source:\n  ${found.slice(0, 40).join('\n  ')}`);
    const tables = [...sourceInventory.keys()].filter((key) => key.startsWith('table '));
    const rows = tables.reduce((sum, key) => sum + Number(sourceInventory.get(key).split(' ')[0]), 0);

    // The restored platform, on that database: same bytes served, sign-in, sessions kept, old keys refused.
    phase = performance.now();
    const restoredPort = await freePort();
    const restoredBase = `http://localhost:${restoredPort}`;
    application = launch('java', [...JVM, '-jar', jar], { logFile: join(work, 'restored.out'), env: {
      PORT: String(restoredPort), DATA_DIR: restored, PUBLIC_URL: restoredBase, ELBASAR_MAIL_MOCK: 'true',
      QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://localhost:${database.port}/postgres`,
      QUARKUS_DATASOURCE_USERNAME: 'postgres', QUARKUS_DATASOURCE_PASSWORD: 'postgres' } });
    await waitFor('the restored platform', () => answers(`${restoredBase}/q/health/ready`), application);
    timings.restoredStart = seconds(phase);
    for (const [path, expected] of Object.entries(served)) {
      const bytes = (await expectStatus(path, call(restoredBase, path, { method: 'GET' }), 200)).bytes;
      if (sha256(bytes) !== expected) throw new Error(`${path} is served with other bytes after the restore`);
    }
    const item = (await expectStatus('the offer', call(restoredBase, `/api/v1/offers/${offer.json.id}`, { method: 'GET' }), 200)).json;
    if (item.photos.map((p) => p.id).join() !== photos.map((p) => p.id).join()) throw new Error('the restored offer lost its photos');
    const again = await signIn(restoredBase, 'membre1@elbasar.test');
    await expectStatus('a restored session (refresh cookie)', call(restoredBase, '/api/v1/auth/refresh', { cookie: sessionCookie }), 200);
    await expectStatus('an access token signed by the old keys', call(restoredBase, `/api/v1/offers/${offer.json.id}/history`,
      { method: 'GET', token: member.json.accessToken }), 401);
    await expectStatus('an access token signed by the new keys', call(restoredBase, `/api/v1/offers/${offer.json.id}/history`,
      { method: 'GET', token: again.json.accessToken }), 200);
    await application.stop();
    application = null;

    // The comparison must catch a single changed row (triggers off, so that nothing else changes).
    const beforeChange = inventory(database.url);
    psql(database.url, `SET session_replication_role = replica;
      UPDATE organisation SET name = name || ' (modifiée)' WHERE id = (SELECT min(id::text)::uuid FROM organisation)`);
    const tampered = differences(beforeChange, inventory(database.url));
    if (tampered.length !== 1 || !tampered[0].startsWith('table public.organisation:')) {
      throw new Error(`a changed organisation row should show as exactly one difference, got: ${tampered.join('; ') || 'none'}`);
    }
    await database.stop();
    database = null;

    const summary = {
      tablesCompared: tables.length,
      rows,
      sequencesCompared: [...sourceInventory.keys()].filter((key) => key.startsWith('sequence ')).length,
      storedFilesCompared: media.length,
      servedFilesCompared: Object.keys(served).length,
      writesDuringOnlineBackup: writtenDuring,
      dumpBytes: manifest.database.bytes,
      seconds: { ...timings, total: seconds(started) },
    };
    writeFileSync(join(work, 'result.json'), `${JSON.stringify(summary, null, 2)}\n`);
    for (const dir of [source, restored, backups, damaged]) rmSync(dir, { recursive: true, force: true }); // kept when the run fails
    say(`passed: ${summary.tablesCompared} tables (${rows} rows), ${summary.sequencesCompared} sequences and ${media.length} stored files equal in source and restore; `
      + `${summary.servedFilesCompared} files served identically, sign-in and sessions work, old keys refused; a changed row is caught`);
    say(`timings (s): ${Object.entries(summary.seconds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log('1 passed, 0 failed');
  } finally {
    writerStop = true;
    if (application) await application.stop();
    if (database) await database.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(`[backup-restore] FAILED: ${error.stack ?? error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
