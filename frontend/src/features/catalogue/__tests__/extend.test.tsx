import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { itemDetail } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

describe('one-click extension', () => {
  it('extends the item without signing in, and says until when', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/catalog/extensions/:token'), () =>
        HttpResponse.json(itemDetail({ expiresAt: '2027-06-30T22:00:00Z' })),
      ),
    );
    renderApp('/extend/abc123');

    expect(await screen.findByRole('heading', { level: 1, name: 'Annonce prolongée' })).toBeInTheDocument();
    expect(
      screen.getByText("C'est fait : « Prêt d'une remorque bâchée » reste dans le catalogue jusqu'au 30 juin 2027."),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Voir l'annonce" })).toHaveAttribute('href', `/offers/${itemDetail().id}`);
    expect(recorder.find('POST', '/catalog/extensions/abc123')).toHaveLength(1);
  });

  it('says clearly when the link is used or invalid', async () => {
    server.use(http.post(apiUrl('/catalog/extensions/:token'), () => problem(404, 'Introuvable')));
    renderApp('/extend/used-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Prolongation impossible' })).toBeInTheDocument();
    expect(screen.getByText(/Ce lien n'est plus valable : il a déjà servi, ou il a expiré./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à « Mes annonces »' })).toHaveAttribute('href', '/my-items');
  });
});
