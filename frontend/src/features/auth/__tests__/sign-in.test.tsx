import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, renderApp } from '@/testing/test-utils';

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Adresse e-mail'), 'camille@ateliers-reemploi.example');
  await user.type(screen.getByLabelText('Mot de passe'), 'un mot de passe');
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('sign-in', () => {
  it('shows the reason the server gives for a refused sign-in', async () => {
    server.use(http.post(apiUrl('/auth/login'), () => problem(401, 'Adresse e-mail ou mot de passe incorrect.')));
    const { user } = renderApp('/sign-in');

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
  });

  it('says how long to wait after too many attempts', async () => {
    server.use(
      http.post(apiUrl('/auth/login'), () =>
        problem(429, 'Too Many Requests', {}, { 'Retry-After': '300' }),
      ),
    );
    const { user } = renderApp('/sign-in');

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives. Réessayez dans 5 minutes.');
  });

  it('asks for the fields before calling the server', async () => {
    const { user } = renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText(/Saisissez une adresse e-mail valide/)).toBeInTheDocument();
    expect(screen.getByLabelText('Adresse e-mail')).toHaveFocus();
  });

  it('signs in and goes on to the page that asked for it', async () => {
    server.use(
      http.post(apiUrl('/auth/login'), () => HttpResponse.json({ accessToken: 'fresh', expiresIn: 900 })),
      http.get(apiUrl('/me'), () => HttpResponse.json(me())),
    );
    const { user, router } = renderApp('/sign-in?next=%2Faccount');

    await fillAndSubmit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/account');
    // The account menu's code loads once signed in.
    expect(await screen.findByRole('button', { name: 'Compte de Camille' })).toBeInTheDocument();
  });
});
