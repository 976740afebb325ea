import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

beforeEach(() => {
  server.use(
    http.get(apiUrl('/invitations/:token'), ({ params }) =>
      params.token === 'good'
        ? HttpResponse.json({
            organisationName: 'Vélo Solidaire',
            email: 'dominique@velo.example',
            expiresAt: '2026-12-11T10:00:00Z',
          })
        : problem(404, 'Invitation introuvable ou expirée'),
    ),
  );
});

async function fillAndSubmit(user: User) {
  await user.type(await screen.findByLabelText('Prénom'), 'Dominique');
  await user.type(screen.getByLabelText('Nom'), 'Petit');
  await user.type(screen.getByLabelText('Mot de passe'), 'un-mot-de-passe-solide');
  await user.click(await screen.findByRole('checkbox', { name: /J'ai lu la charte/ }));
  await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
}

describe('accepting an invitation', () => {
  it('says which organisation invites, creates the account and sends to sign-in', async () => {
    const recorder = recordRequests();
    server.use(http.post(apiUrl('/invitations/good/accept'), () => new HttpResponse(null, { status: 201 })));
    const { user, router } = renderApp('/invitations/good');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rejoindre Vélo Solidaire sur elBasar' })).toBeVisible();
    expect(screen.getByText(/dominique@velo.example/)).toBeInTheDocument();
    await fillAndSubmit(user);

    expect(await screen.findByText(/Votre compte est créé/)).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-in?email=dominique%40velo.example');
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('dominique@velo.example');
    const [accept] = recorder.find('POST', '/invitations/good/accept');
    expect(await accept.json()).toEqual({
      firstName: 'Dominique',
      lastName: 'Petit',
      password: 'un-mot-de-passe-solide',
      locale: 'fr',
      charterVersion: 2,
      acceptCharter: true,
    });
  });

  it('shows the server’s objections on the fields, which are at the top level of its body', async () => {
    server.use(
      http.post(apiUrl('/invitations/good/accept'), () =>
        problem(400, 'Données invalides', { violations: [{ field: 'password', message: 'Mot de passe trop courant' }] }),
      ),
    );
    const { user } = renderApp('/invitations/good');

    await fillAndSubmit(user);

    expect(await screen.findByText('Mot de passe trop courant')).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains an unknown or expired link', async () => {
    renderApp('/invitations/stale');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invitation introuvable ou expirée');
  });
});
