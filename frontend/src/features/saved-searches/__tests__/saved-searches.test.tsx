import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedSearch } from '@/lib/api/types';
import { catering, me, searchPage, trailer } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let saved: SavedSearch[];

beforeEach(() => {
  saved = [
    {
      id: 's1',
      name: 'Remorques près de Lille',
      kind: 'OFFER',
      criteria: { q: 'remorque', market: false, mode: null, category: 'transport', territory: 'commune:59350', organisation: null, sector: null },
      createdAt: '2026-03-01T09:00:00Z',
      active: true,
    },
    {
      id: 's2',
      name: 'Traiteurs',
      kind: 'REQUEST',
      criteria: { mode: 'SERVICE' },
      createdAt: '2026-02-01T09:00:00Z',
      active: false,
    },
  ];
  server.use(
    http.get(apiUrl('/saved-searches'), () => HttpResponse.json(saved)),
    http.get(apiUrl('/saved-searches/:id/matches'), ({ params }) =>
      HttpResponse.json(params.id === 's1' ? searchPage([trailer, catering]) : searchPage([], { total: 0 })),
    ),
  );
});

const article = (name: string) => screen.getByRole('article', { name });

describe('saved searches', () => {
  it('lists each search in words, with its latest matches', async () => {
    renderApp('/saved-searches', { as: me() });

    expect(await screen.findByRole('article', { name: 'Remorques près de Lille' })).toBeInTheDocument();
    const trailers = article('Remorques près de Lille');
    await waitFor(() =>
      expect(within(trailers).getByText('« remorque » · Non marchand · Transport et logistique · Lille')).toBeInTheDocument(),
    );
    expect(within(trailers).getByText('Vous recevez les nouvelles annonces par e-mail.')).toBeInTheDocument();
    expect(within(trailers).getByRole('link', { name: 'Voir toutes les annonces' })).toHaveAttribute(
      'href',
      '/offers?q=remorque&market=no&category=transport&territory=commune%3A59350',
    );
    const matches = await within(trailers).findByRole('list', { name: 'Les dernières annonces de « Remorques près de Lille »' });
    expect(within(matches).getByRole('link', { name: "Prêt d'une remorque bâchée" })).toBeInTheDocument();
    expect(within(matches).getByRole('link', { name: 'Buffet bio pour vos assemblées' })).toBeInTheDocument();

    const caterers = article('Traiteurs');
    expect(within(caterers).getByText('Dans les demandes')).toBeInTheDocument();
    expect(within(caterers).getByText('Prestation')).toBeInTheDocument();
    expect(within(caterers).getByText('E-mails arrêtés')).toBeInTheDocument();
    expect(await within(caterers).findByText('Aucune annonce pour l\'instant.')).toBeInTheDocument();
  });

  it('deletes a search after asking', async () => {
    const recorder = recordRequests();
    server.use(
      http.delete(apiUrl('/saved-searches/:id'), ({ params }) => {
        saved = saved.filter((search) => search.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/saved-searches', { as: me() });
    await screen.findByRole('article', { name: 'Traiteurs' });

    await user.click(screen.getByRole('button', { name: 'Supprimer la recherche « Traiteurs »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer cette recherche ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));

    expect(await screen.findByText('La recherche « Traiteurs » est supprimée.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Traiteurs' })).not.toBeInTheDocument());
    expect(recorder.find('DELETE', '/saved-searches/s2')).toHaveLength(1);
  });

  it('tells how to start when there is none', async () => {
    saved = [];
    renderApp('/saved-searches', { as: me() });

    expect(await screen.findByText(/Vous n'avez pas encore de recherche enregistrée./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chercher dans les offres' })).toHaveAttribute('href', '/offers');
  });
});

describe('unsubscribing from a digest', () => {
  it('stops the emails from the link, without signing in', async () => {
    const recorder = recordRequests();
    server.use(http.post(apiUrl('/saved-searches/unsubscribe'), () => new HttpResponse(null, { status: 204 })));
    renderApp('/saved-searches/unsubscribe?token=tok-123');

    expect(await screen.findByRole('heading', { level: 1, name: 'E-mails arrêtés' })).toBeInTheDocument();
    expect(screen.getByText("C'est fait : vous ne recevrez plus d'e-mail pour cette recherche.")).toBeInTheDocument();
    const calls = recorder.find('POST', '/saved-searches/unsubscribe');
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0].url).searchParams.get('token')).toBe('tok-123');
  });

  it('says when the link is not valid', async () => {
    server.use(http.post(apiUrl('/saved-searches/unsubscribe'), () => problem(404, 'Introuvable')));
    renderApp('/saved-searches/unsubscribe?token=nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lien non valable' })).toBeInTheDocument();
  });

  it('says so too when the link lost its token', async () => {
    const recorder = recordRequests();
    renderApp('/saved-searches/unsubscribe');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lien non valable' })).toBeInTheDocument();
    expect(recorder.find('POST', '/saved-searches/unsubscribe')).toHaveLength(0);
  });
});
