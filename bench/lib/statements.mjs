// The SQL each endpoint really issues, read from PostgreSQL's own statement log (jsonlog), with
// the bound parameters put back in: it is counted per request and replayed by pgbench as the
// database's limit for the same work.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const MARK = 'elbasar-bench-mark';
const APP = 'PostgreSQL JDBC Driver';
const TRANSACTION_CONTROL = /^(BEGIN|COMMIT|ROLLBACK)\b/i;
// set by the driver when a pool connection opens, not by the request
const SESSION_SETUP = /^(SET|SHOW)\b/i;

/** One psql session fed through its standard input, so that markers cost no process start. */
export class Psql {
  constructor(url) {
    this.child = spawn('psql', ['-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', url], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.buffer = '';
    this.errors = '';
    this.waiting = null;
    this.sequence = 0;
    this.child.stdout.on('data', (chunk) => {
      this.buffer += chunk;
      this.settle();
    });
    this.child.stderr.on('data', (chunk) => (this.errors += chunk));
    this.child.on('exit', () => this.waiting?.reject(new Error(`psql ended: ${this.errors.trim()}`)));
  }

  settle() {
    if (!this.waiting) return;
    const end = this.buffer.indexOf(`${this.waiting.sentinel}\n`);
    if (end < 0) return;
    const output = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end + this.waiting.sentinel.length + 1);
    const { resolve } = this.waiting;
    this.waiting = null;
    resolve(output.split('\n').filter((line) => line !== ''));
  }

  /** Runs one statement and resolves to its output lines. */
  query(sql) {
    const sentinel = `__done_${++this.sequence}__`;
    return new Promise((resolve, reject) => {
      this.waiting = { sentinel, resolve, reject };
      this.child.stdin.write(`${sql.trim().replace(/;$/, '')};\n\\echo ${sentinel}\n`);
      this.settle();
    });
  }

  close() {
    this.child.stdin.end('\\q\n');
  }
}

/** Turns statement logging on for the duration of `work`, and returns what it logged. */
export class StatementLog {
  constructor(psql, file) {
    this.psql = psql;
    this.file = file;
  }

  async capture(work) {
    const from = statSync(this.file).size;
    await this.psql.query("ALTER SYSTEM SET log_statement = 'all'");
    await this.psql.query('SELECT pg_reload_conf()');
    // backends apply the reload between commands: wait until the application's connections have
    await this.waitForMarker(from, 'start');
    await sleep(300);
    try {
      await work((label) => this.psql.query(`SELECT '${MARK}:${label}'`));
      await this.waitForMarker(from, 'end');
      return readFrom(this.file, from);
    } finally {
      await this.psql.query('ALTER SYSTEM RESET log_statement');
      await this.psql.query('SELECT pg_reload_conf()');
    }
  }

  async waitForMarker(from, label) {
    for (let attempt = 0; attempt < 500; attempt++) {
      await this.psql.query(`SELECT '${MARK}:${label}'`);
      if (readFrom(this.file, from).some((entry) => markerOf(entry) === label)) return;
      await sleep(20);
    }
    throw new Error(`the statement log (${this.file}) does not show the marker ${label}`);
  }
}

function readFrom(file, offset) {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

/**
 * Groups the application's statements by the marker logged before the request that issued them:
 * `{ label: [sql, ...] }`, parameters substituted as the literals PostgreSQL logged.
 */
export function statementsByMarker(entries) {
  const groups = {};
  let current = null;
  for (const entry of entries) {
    const mark = markerOf(entry);
    if (mark) {
      current = mark;
      groups[current] = [];
    } else if (current && entry.application_name === APP) {
      const sql = statementOf(entry);
      if (sql && !SESSION_SETUP.test(sql)) groups[current].push(sql);
    }
  }
  return groups;
}

function markerOf(entry) {
  return new RegExp(`^statement: SELECT '${MARK}:([^']+)';?$`).exec(entry.message ?? '')?.[1] ?? null;
}

function statementOf(entry) {
  const executed = /^(?:execute [^:]+|statement): ([\s\S]*)$/.exec(entry.message);
  if (!executed) return null;
  const values = {};
  for (const [, index, literal] of (entry.detail ?? '').matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) {
    values[index] = literal;
  }
  return executed[1].replace(/\$(\d+)/g, (placeholder, index) => values[index] ?? placeholder).trim();
}

/** Statements that do work, as opposed to transaction control and session settings. */
export function countedStatements(statements) {
  return statements.filter((sql) => !TRANSACTION_CONTROL.test(sql)).length;
}

/** Writes one pgbench script per request (a transaction of its statements); returns their paths. */
export function writePgbenchScripts(directory, caseName, requests) {
  return requests.map((statements, i) => {
    const file = join(directory, `${caseName}-${i}.sql`);
    writeFileSync(file, statements.map((sql) => `${sql.replace(/;\s*$/, '')};`).join('\n') + '\n');
    return file;
  });
}
