import createClient from 'openapi-fetch';
import { AUTH_PATH, refreshAccessToken } from '@/lib/auth/session';
import { tokenStore } from '@/lib/auth/token-store';
import { currentLanguage } from '@/lib/i18n';
import { toProblemError } from './problem';
import type { paths } from './schema';

function withHeaders(request: Request, token: string | null): Request {
  const headers = new Headers(request.headers);
  headers.set('Accept-Language', currentLanguage());
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers, credentials: 'include' });
}

/**
 * Adds the bearer token and language to every call, and on a 401 renews the
 * token once and replays the request (the token may have expired while the
 * phone slept, for instance).
 */
async function apiFetch(request: Request): Promise<Response> {
  const isAuthCall = new URL(request.url).pathname.startsWith(AUTH_PATH);
  // While the session is being restored (a reload), wait for it: a member's page must be
  // asked for with their rights, not as a visitor's (contacts, their hidden items…).
  if (!isAuthCall && tokenStore.getStatus() === 'unknown') await refreshAccessToken();
  const replay = request.clone();
  const token = tokenStore.getToken();
  const response = await fetch(withHeaders(request, token));
  if (response.status !== 401 || !token || isAuthCall) return response;
  const renewed = await refreshAccessToken();
  return renewed ? fetch(withHeaders(replay, renewed)) : response;
}

/** A GET of an API address with the session's token: for what browsers fetch without it, such as images. */
export function fetchWithSession(url: string): Promise<Response> {
  return apiFetch(new Request(new URL(url, window.location.origin)));
}

export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  fetch: apiFetch,
});

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful call; throws a ProblemError otherwise. */
export function bodyOf<T>({ data, error, response }: FetchResult<T>): T {
  if (!response.ok) throw toProblemError(error, response);
  return data as T;
}

export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  return bodyOf(await call);
}

