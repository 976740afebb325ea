import type { components } from './schema';

/** Any member may be missing: a proxy or a crash can answer with a bare status. */
export type Problem = Partial<components['schemas']['Problem']>;
export type Violation = components['schemas']['Violation'];

/** An RFC 9457 problem returned by the API, its messages already localised. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;
  /** From Retry-After, on 429. */
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, status: number, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && ('title' in body || 'status' in body);
}

export function toProblemError(body: unknown, response: Response): ProblemError {
  // A proxy or a crashed server may answer without a problem body.
  const problem: Problem = isProblem(body) ? body : { status: response.status };
  return new ProblemError(problem, response.status, parseRetryAfter(response.headers.get('Retry-After')));
}

export function isProblemError(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}
