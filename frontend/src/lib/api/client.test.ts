import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/auth/session';
import { tokenStore } from '@/lib/auth/token-store';
import { setLanguage } from '@/lib/i18n';
import { sectors } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { api, unwrap } from './client';
import { isProblemError } from './problem';

describe('api client', () => {
  it('sends the token and the language', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(apiUrl('/sectors'), ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(sectors);
      }),
    );
    startSession({ accessToken: 'abc', expiresIn: 900 });
    await setLanguage('en');

    await unwrap(api.GET('/api/v1/sectors'));

    expect(headers?.get('Authorization')).toBe('Bearer abc');
    expect(headers?.get('Accept-Language')).toBe('en');
  });

  it('renews an expired token once and replays the request', async () => {
    let refreshes = 0;
    server.use(
      http.post(apiUrl('/auth/refresh'), () => {
        refreshes += 1;
        return HttpResponse.json({ accessToken: 'renewed', expiresIn: 900 });
      }),
      http.put(apiUrl('/me'), async ({ request }) =>
        request.headers.get('Authorization') === 'Bearer renewed'
          ? HttpResponse.json({ ...(await request.json() as object), id: 'p1' })
          : problem(401, 'Jeton expiré'),
      ),
    );
    startSession({ accessToken: 'stale', expiresIn: 900 });

    const saved = await unwrap(
      api.PUT('/api/v1/me', { body: { firstName: 'Camille', lastName: 'Durand', locale: 'fr' } }),
    );

    expect(saved).toMatchObject({ firstName: 'Camille', id: 'p1' });
    expect(refreshes).toBe(1);
    expect(tokenStore.getToken()).toBe('renewed');
  });

  it('signs out when the session cannot be renewed', async () => {
    server.use(http.get(apiUrl('/me'), () => problem(401, 'Jeton expiré')));
    startSession({ accessToken: 'stale', expiresIn: 900 });

    const failure = await unwrap(api.GET('/api/v1/me')).catch((error: unknown) => error);

    expect(isProblemError(failure, 401)).toBe(true);
    expect(tokenStore.getStatus()).toBe('signedOut');
  });

  it('turns a problem into an error carrying its details and Retry-After', async () => {
    server.use(http.post(apiUrl('/auth/login'), () => problem(429, 'Trop de tentatives', {}, { 'Retry-After': '120' })));

    const failure = await unwrap(api.POST('/api/v1/auth/login', { body: { email: 'a@b.fr', password: 'x' } })).catch(
      (error: unknown) => error,
    );

    expect(isProblemError(failure, 429) && failure.retryAfterSeconds).toBe(120);
    expect(isProblemError(failure) && failure.problem.title).toBe('Trop de tentatives');
  });
});
