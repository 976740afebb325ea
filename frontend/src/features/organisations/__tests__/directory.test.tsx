import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { animator, ateliers, organisationDetail } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

/** The query string of the last directory search the app sent. */
function lastSearch(recorder: ReturnType<typeof recordRequests>) {
  const searches = recorder.find('GET', '/organisations');
  return new URL(searches[searches.length - 1].url).searchParams;
}

describe('directory', () => {
  it('lists the organisations the API finds, with a link to each', async () => {
    renderApp('/directory');

    expect(await screen.findByText('2 structures trouvées')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Résultats' });
    expect(within(list).getByRole('link', { name: 'Les Ateliers du Réemploi' })).toHaveAttribute(
      'href',
      `/organisations/${ateliers.id}`,
    );
    expect(within(list).getByRole('link', { name: 'Vélo Solidaire' })).toBeInTheDocument();
  });

  it('puts the words and filters in the URL and in the search', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/directory');
    await screen.findByText('2 structures trouvées');

    await user.type(screen.getByRole('searchbox', { name: 'Mots-clés' }), 'recyclerie');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/directory?q=recyclerie'));
    await waitFor(() => expect(lastSearch(recorder).get('q')).toBe('recyclerie'));

    await user.click(screen.getByRole('button', { name: /Secteur/ }));
    await user.click(await screen.findByRole('option', { name: 'Mobilité' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/directory?q=recyclerie&sector=mobility'));

    await user.click(screen.getByRole('checkbox', { name: 'Adhérents de ce mois-ci' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/directory?q=recyclerie&sector=mobility&new=1'));

    await user.type(screen.getByRole('combobox', { name: 'Territoire' }), 'Métropole');
    await user.click(await screen.findByRole('option', { name: /Métropole Européenne de Lille/ }));
    await waitFor(() => expect(router.state.location.search).toContain('territory=epci%3A200093201'));

    await waitFor(() =>
      expect(Object.fromEntries(lastSearch(recorder))).toMatchObject({
        q: 'recyclerie',
        sector: 'mobility',
        newThisMonth: 'true',
        territory: 'epci:200093201',
        page: '0',
      }),
    );
  });

  it('restores a shared search from its link', async () => {
    const recorder = recordRequests();
    renderApp('/directory?q=velo&territory=commune%3A59350&legalForm=SCIC&sort=name&page=2');

    expect(await screen.findByRole('searchbox', { name: 'Mots-clés' })).toHaveValue('velo');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Territoire' })).toHaveValue('Lille'));
    expect(screen.getByRole('button', { name: /Forme juridique/ })).toHaveTextContent('SCIC');
    expect(screen.getByRole('button', { name: /Trier par/ })).toHaveTextContent('Nom');
    await waitFor(() =>
      expect(Object.fromEntries(lastSearch(recorder))).toMatchObject({
        q: 'velo',
        territory: 'commune:59350',
        legalForm: 'SCIC',
        sort: 'name',
        page: '1',
      }),
    );
  });

  it('goes to the next page', async () => {
    server.use(
      http.get(apiUrl('/organisations'), ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json({ items: [{ ...ateliers, name: `Page ${page + 1}` }], total: 45, page, size: 20 });
      }),
    );
    const { user, router } = renderApp('/directory');
    expect(await screen.findByText('Page 1 sur 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));

    expect(await screen.findByRole('link', { name: 'Page 2' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/directory?page=2');
  });

  it('names an external buyer a partner brought, who is not a member', async () => {
    server.use(
      http.get(apiUrl('/organisations/:id'), () =>
        HttpResponse.json(organisationDetail({ name: 'Mairie de Roubaix', status: 'EXTERNAL' })),
      ),
    );
    renderApp(`/organisations/${ateliers.id}`, { as: animator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mairie de Roubaix' })).toBeInTheDocument();
    expect(screen.getByText('Acheteur externe')).toBeInTheDocument();
  });
});
