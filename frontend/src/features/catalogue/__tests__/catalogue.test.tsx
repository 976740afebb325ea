import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemSummary } from '@/lib/api/types';
import { catering, design, itemSummary, me, searchPage, trailer } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

/** The query string of the last catalogue search the app sent. */
function lastSearch(recorder: ReturnType<typeof recordRequests>, path = '/offers') {
  const searches = recorder.find('GET', path);
  return Object.fromEntries(new URL(searches[searches.length - 1].url).searchParams);
}

beforeEach(() => {
  server.use(http.get(apiUrl('/offers'), () => HttpResponse.json(searchPage([trailer, catering, design]))));
});

const card = (title: string) => screen.getByRole('article', { name: title });

describe('catalogue', () => {
  it('shows at a glance what each offer is, what it costs, who and where', async () => {
    renderApp('/offers');

    expect(await screen.findByText('3 offres trouvées')).toBeInTheDocument();
    const loan = card("Prêt d'une remorque bâchée");
    expect(within(loan).getByRole('link', { name: "Prêt d'une remorque bâchée" })).toHaveAttribute(
      'href',
      `/offers/${trailer.id}`,
    );
    expect(within(loan).getByText('Prêt de matériel')).toBeInTheDocument();
    expect(within(loan).getByText('Gratuit · non marchand')).toBeInTheDocument();
    expect(within(loan).getByText('Les Ateliers du Réemploi · Lille')).toBeInTheDocument();
    expect(within(loan).getByText('Où : Métropole Européenne de Lille')).toBeInTheDocument();

    const buffet = card('Buffet bio pour vos assemblées');
    expect(within(buffet).getByText(/18,50\s€ HT l'unité/)).toBeInTheDocument();
    expect(buffet.querySelector('img')).toHaveAttribute('src', '/api/v1/photos/9f1c/thumbnail');
    expect(within(card('Création de votre logo')).getByText('Sur devis')).toBeInTheDocument();
    expect(within(card('Création de votre logo')).getByText('Où : À distance')).toBeInTheDocument();
  });

  it('shows the facet counts beside each filter choice', async () => {
    const { user } = renderApp('/offers');
    await screen.findByText('3 offres trouvées');

    expect(screen.getByRole('radio', { name: 'Marchand (2)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Non marchand (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Type d'échange/ }));
    expect(await screen.findByRole('option', { name: 'Prestation (2)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Prêt de matériel (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Vente (0)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Catégorie/ }));
    expect(await screen.findByRole('option', { name: 'Alimentation et restauration (2)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Secteur de la structure/ }));
    expect(await screen.findByRole('option', { name: 'Réemploi et recyclage (3)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Tous les départements Département/ }));
    expect(await screen.findByRole('option', { name: 'Nord (3)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Toutes les organisations Organisation/ }));
    expect(await screen.findByRole('option', { name: /\(3\)$/ })).toBeInTheDocument();
  });

  it('puts the words and filters in the URL and in the search', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/offers');
    await screen.findByText('3 offres trouvées');

    await user.type(screen.getByRole('searchbox', { name: 'Mots-clés' }), 'remorque');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/offers?q=remorque'));

    await user.click(screen.getByRole('radio', { name: /Non marchand/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/offers?q=remorque&market=no'));

    await user.click(screen.getByRole('button', { name: /Type d'échange/ }));
    await user.click(await screen.findByRole('option', { name: /Prêt de matériel/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/offers?q=remorque&market=no&mode=EQUIPMENT_LOAN'));

    await user.click(screen.getByRole('button', { name: /Catégorie/ }));
    await user.click(await screen.findByRole('option', { name: /Transport et logistique/ }));
    await waitFor(() => expect(router.state.location.search).toContain('category=transport'));
    // The top category opens its sub-categories.
    await user.click(screen.getByRole('button', { name: /Sous-catégorie/ }));
    await user.click(await screen.findByRole('option', { name: 'Véhicules et remorques' }));
    await waitFor(() => expect(router.state.location.search).toContain('category=transport-vehicles'));

    await user.type(screen.getByRole('combobox', { name: 'Territoire' }), 'Métropole');
    await user.click(await screen.findByRole('option', { name: /Métropole Européenne de Lille/ }));

    await user.click(screen.getByRole('button', { name: /Trier par/ }));
    await user.click(await screen.findByRole('option', { name: 'Les plus récentes' }));

    await waitFor(() =>
      expect(lastSearch(recorder)).toMatchObject({
        q: 'remorque',
        market: 'false',
        mode: 'EQUIPMENT_LOAN',
        category: 'transport-vehicles',
        territory: 'epci:200093201',
        sort: 'date',
        page: '0',
      }),
    );
  });

  it('restores a shared search from its link, requests included', async () => {
    const recorder = recordRequests();
    server.use(
      http.get(apiUrl('/requests'), () =>
        HttpResponse.json(
          searchPage([itemSummary({ kind: 'REQUEST', title: 'Cherche un camion', neededBy: '2027-04-15' })]),
        ),
      ),
    );
    renderApp('/requests?q=camion&market=yes&category=transport&page=2');

    expect(await screen.findByRole('searchbox', { name: 'Mots-clés' })).toHaveValue('camion');
    expect(await screen.findByText('1 demande trouvée')).toBeInTheDocument();
    expect(within(card('Cherche un camion')).getByText('Pour le 15 avril 2027')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Marchand' })).toBeChecked();
    expect(lastSearch(recorder, '/requests')).toMatchObject({
      q: 'camion',
      market: 'true',
      category: 'transport',
      page: '1',
    });
  });

  it('offers the spelling the catalogue knows', async () => {
    server.use(
      http.get(apiUrl('/offers'), ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get('q') === 'remorqe'
            ? searchPage([], { total: 0, suggestion: 'remorque' })
            : searchPage([trailer]),
        ),
      ),
    );
    const { user, router } = renderApp('/offers?q=remorqe');

    expect(await screen.findByText('Aucune offre trouvée')).toBeInTheDocument();
    expect(screen.getByText('Vouliez-vous dire :')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'remorque' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/offers?q=remorque'));
    expect(await screen.findByText('1 offre trouvée')).toBeInTheDocument();
  });

  it('lets a member save the search, which keeps its criteria', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/saved-searches'), async ({ request }) =>
        HttpResponse.json(
          { id: 's1', createdAt: '2026-03-01T09:00:00Z', active: true, ...((await request.json()) as object) },
          { status: 201 },
        ),
      ),
    );
    const { user } = renderApp('/offers?q=remorque&market=no&sort=date', { as: me() });
    await screen.findByText('3 offres trouvées');

    await user.click(screen.getByRole('button', { name: 'Enregistrer cette recherche' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer cette recherche' });
    const name = within(dialog).getByLabelText('Nom de la recherche');
    expect(name).toHaveValue('remorque');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();

    await user.type(name, 'Remorques près de Lille');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText('Recherche enregistrée : vous recevrez les nouvelles annonces par e-mail.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [save] = recorder.find('POST', '/saved-searches');
    expect(await save.json()).toEqual({
      name: 'Remorques près de Lille',
      kind: 'OFFER',
      criteria: { q: 'remorque', market: false },
    });
  });

  it('offers saving searches and publishing to members only', async () => {
    renderApp('/offers');
    await screen.findByText('3 offres trouvées');

    expect(screen.queryByRole('button', { name: 'Enregistrer cette recherche' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Publier une offre' })).not.toBeInTheDocument();
  });

  it('goes to the next page', async () => {
    const items: ItemSummary[] = [trailer];
    server.use(
      http.get(apiUrl('/offers'), ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json(
          searchPage(items.map((item) => ({ ...item, title: `Page ${page + 1}` })), { total: 45, page }),
        );
      }),
    );
    const { user, router } = renderApp('/offers', { as: me() });
    expect(await screen.findByText('Page 1 sur 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Publier une offre' })).toHaveAttribute('href', '/offers/new');

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));

    expect(await screen.findByRole('link', { name: 'Page 2' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/offers?page=2');
  });

  it('pages through the first 2,000 results only and says how to see the others', async () => {
    server.use(http.get(apiUrl('/offers'), () => HttpResponse.json(searchPage([trailer], { total: 45_000, page: 0 }))));
    renderApp('/offers');

    expect(await screen.findByText('Page 1 sur 100')).toBeInTheDocument();
    expect(
      screen.getByText(/Seuls les 2\s000 premiers résultats se parcourent : affinez la recherche/),
    ).toBeInTheDocument();
  });
});
