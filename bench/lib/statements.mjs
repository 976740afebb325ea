// The SQL each endpoint really issues, read from PostgreSQL's own statement log (jsonlog), with its
// bound parameters kept apart: it is counted per request and replayed by Replay.java (prepared, as the
// application sends it) as the database's ceiling for the same work. pg_stat_statements gives the
// database's own time, statements and shared blocks per request.
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
 * `{ label: [{ sql, params }, ...] }`, `params` the values PostgreSQL logged for $1, $2... (null for NULL).
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
      const statement = statementOf(entry);
      if (statement && !SESSION_SETUP.test(statement.sql)) groups[current].push(statement);
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
  const params = [];
  for (const [, index, literal] of (entry.detail ?? '').matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) {
    params[Number(index) - 1] = literal === 'NULL' ? null : literal.slice(1, -1).replaceAll("''", "'");
  }
  return { sql: executed[1].trim().replace(/;\s*$/, ''), params: Array.from(params, (value) => value ?? null) };
}

/** Statements that do work, as opposed to transaction control and session settings. */
export function countedStatements(statements) {
  return statements.filter(({ sql }) => !TRANSACTION_CONTROL.test(sql)).length;
}

/**
 * PostgreSQL's $n placeholders as the JDBC `?` the driver turns back into them (a `?` of the statement
 * doubled, as JDBC escapes it), the parameters in the order of their placeholders; quoted text is left alone.
 */
function jdbcPlaceholders(sql, params) {
  const ordered = [];
  const text = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)|\?/g, (token, index) => {
    if (index) {
      ordered.push(params[Number(index) - 1] ?? null);
      return '?';
    }
    return token === '?' ? '??' : token;
  });
  return { sql: text, params: ordered };
}

const escape = (value) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

/**
 * Writes the requests of a case as Replay.java reads them (one "--request" block each: BEGIN/COMMIT where
 * the application sent them, statements with their parameters); returns the file's path.
 */
export function writeReplayScript(directory, caseName, requests) {
  const file = join(directory, `${caseName}.replay`);
  const lines = requests.flatMap((statements) => [
    '--request',
    ...statements.map(({ sql, params }) => {
      const control = TRANSACTION_CONTROL.exec(sql)?.[1]?.toUpperCase();
      if (control) return control;
      const jdbc = jdbcPlaceholders(sql, params);
      return ['Q', escape(jdbc.sql), ...jdbc.params.map((value) => (value === null ? '\\N' : escape(value)))].join('\t');
    }),
  ]);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

// The harness's own statements (reset and read) are left out of what the application is charged with.
const WORK = `SELECT coalesce(sum(calls) FILTER (WHERE query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW)\\M'), 0),
                     coalesce(sum(total_exec_time + total_plan_time), 0),
                     coalesce(sum(shared_blks_hit + shared_blks_read), 0),
                     coalesce(sum(shared_blks_read), 0)
              FROM pg_stat_statements WHERE query !~* 'pg_stat_statements'`;

/**
 * The database's work while `work` runs, from pg_stat_statements (reset first): statements that do work,
 * milliseconds of execution and planning, shared blocks touched (hit + read) and read.
 */
export async function databaseWork(psql, work) {
  await psql.query('SELECT pg_stat_statements_reset()');
  const result = await work();
  const [line] = await psql.query(WORK);
  const [statements, milliseconds, blocks, blocksRead] = line.split('|').map(Number);
  return [result, { statements, milliseconds, blocks, blocksRead }];
}

/** The same figures per request (or per replayed transaction). */
export function perRequest(work, requests) {
  const per = (value) => (requests > 0 ? value / requests : NaN);
  return { statements: per(work.statements), milliseconds: per(work.milliseconds), blocks: per(work.blocks), blocksRead: per(work.blocksRead) };
}
