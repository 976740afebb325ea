import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item, ItemInput } from '@/lib/api/types';
import { itemDetail, me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

const NEW_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

async function choose(user: User, field: RegExp, option: string) {
  await user.click(screen.getByRole('button', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The parts of the form every item needs. */
async function fillBasics(user: User) {
  await user.type(await screen.findByLabelText('Titre'), 'Prêt de tables pliantes');
  await user.type(screen.getByLabelText('Description'), 'Vingt tables pour vos fêtes.');
  await choose(user, /Catégorie/, 'Véhicules et remorques');
}

let created: ItemInput | undefined;

beforeEach(() => {
  created = undefined;
  server.use(
    http.post(apiUrl('/offers'), async ({ request }) => {
      created = (await request.json()) as ItemInput;
      return HttpResponse.json(itemDetail({ id: NEW_ID, status: 'DRAFT', editable: true }), { status: 201 });
    }),
    http.get(apiUrl('/offers/:id'), ({ params }) =>
      HttpResponse.json(itemDetail({ id: String(params.id), editable: true }), { headers: { ETag: '"3"' } }),
    ),
    http.get(apiUrl('/offers/:id/history'), () => HttpResponse.json([])),
  );
});

describe('item form', () => {
  it('shows the fields of the chosen mode: a price for a sale, an indicative value for a donation', async () => {
    const { user } = renderApp('/offers/new', { as: me() });
    await screen.findByLabelText('Titre');
    expect(screen.queryByLabelText('Prix en euros, hors taxes')).not.toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Vente');
    expect(screen.getByLabelText('Prix en euros, hors taxes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Unité du prix/ })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Valeur indicative/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Prix sur devis' }));
    expect(screen.queryByLabelText('Prix en euros, hors taxes')).not.toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Don');
    expect(screen.queryByRole('checkbox', { name: 'Prix sur devis' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Prix en euros, hors taxes')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Valeur indicative/)).toBeInTheDocument();
    // Requests only.
    expect(screen.queryByLabelText(/Besoin pour le/)).not.toBeInTheDocument();
  });

  it('never sends a price with a donation, and saves a draft', async () => {
    const { user, router } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Vente');
    await user.type(screen.getByLabelText('Prix en euros, hors taxes'), '45');
    await choose(user, /Unité du prix/, "À l'heure");
    // Changed their mind: it is a gift.
    await choose(user, /Type d'échange/, 'Don');
    await user.type(screen.getByLabelText(/Valeur indicative/), '30,50');
    await user.click(screen.getByRole('radio', { name: 'Toute la région' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/offers/${NEW_ID}`));
    expect(await screen.findByText('Annonce enregistrée.')).toBeInTheDocument();
    expect(created).toMatchObject({
      title: 'Prêt de tables pliantes',
      categoryCode: 'transport-vehicles',
      mode: 'DONATION',
      indicativeValue: 30.5,
      onQuote: false,
      reach: 'REGION',
    });
    expect(created).not.toHaveProperty('price');
    expect(created).not.toHaveProperty('priceUnit');
    expect(created).not.toHaveProperty('reachTerritoryId');
    expect(created).not.toHaveProperty('neededBy');
    // The default expiry is shown and sent: 90 days ahead.
    expect(created?.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks for what a sale needs before sending anything', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Prestation');
    await user.click(screen.getByRole('radio', { name: 'Une intercommunalité (EPCI)' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByText('Indiquez un prix, ou cochez « Prix sur devis ».')).toBeInTheDocument();
    expect(screen.getByText("Choisissez l'unité du prix.")).toBeInTheDocument();
    expect(screen.getByText("Choisissez l'intercommunalité dans la liste.")).toBeInTheDocument();
    expect(recorder.find('POST', '/offers')).toHaveLength(0);
  });

  it('looks territories up by the kind the reach names', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/offers/new', { as: me() });
    await screen.findByLabelText('Titre');

    await user.click(screen.getByRole('radio', { name: 'Une intercommunalité (EPCI)' }));
    await user.type(screen.getByRole('combobox', { name: 'Intercommunalité' }), 'Métropole');
    await user.click(await screen.findByRole('option', { name: /Métropole Européenne de Lille/ }));

    const lookups = recorder.requests.filter((request) => new URL(request.url).pathname === '/api/v1/territories');
    expect(new URL(lookups[lookups.length - 1].url).searchParams.get('kind')).toBe('EPCI');
  });

  it('shows the server’s objection on the price field', async () => {
    server.use(
      http.post(apiUrl('/offers'), () =>
        problem(400, 'Données invalides', {
          violations: [{ field: 'price', message: 'indiquez un prix ou « sur devis »' }],
        }),
      ),
    );
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Vente');
    await user.type(screen.getByLabelText('Prix en euros, hors taxes'), '12');
    await choose(user, /Unité du prix/, 'Forfait');
    await user.click(screen.getByRole('radio', { name: 'À distance' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    const price = screen.getByLabelText('Prix en euros, hors taxes');
    await waitFor(() => expect(price).toHaveAttribute('aria-invalid', 'true'));
    expect(price).toHaveAccessibleDescription(expect.stringContaining('indiquez un prix ou « sur devis »'));
  });

  it('shows a refused price in the form’s alert when the mode shows no price field', async () => {
    server.use(
      http.post(apiUrl('/offers'), () =>
        problem(400, 'Données invalides', {
          violations: [{ field: 'price', message: 'pas de prix pour un échange non marchand' }],
        }),
      ),
    );
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Don');
    await user.click(screen.getByRole('radio', { name: 'À distance' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('pas de prix pour un échange non marchand');
  });

  it('saves and publishes in one go', async () => {
    const recorder = recordRequests();
    server.use(http.post(apiUrl('/offers/:id/publish'), () => HttpResponse.json(itemDetail({ id: NEW_ID }))));
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Prêt de matériel');
    await user.click(screen.getByRole('radio', { name: 'À distance' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer et publier' }));

    expect(await screen.findByText('Annonce publiée : elle est maintenant dans le catalogue.')).toBeInTheDocument();
    expect(recorder.find('POST', '/offers')).toHaveLength(1);
    expect(recorder.find('POST', `/offers/${NEW_ID}/publish`)).toHaveLength(1);
  });

  it('asks for the needed-by date on requests only, and refuses a past one', async () => {
    const { user } = renderApp('/requests/new', { as: me() });
    const neededBy = await screen.findByLabelText(/Besoin pour le/);

    await user.type(neededBy, '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(await screen.findByText('Cette date est déjà passée.')).toBeInTheDocument();
  });

  it('offers to show a market offer on Ceres, and takes the choice back for a non-market mode', async () => {
    const ceres = () => screen.queryByRole('checkbox', { name: 'Montrer cette offre sur Ceres' });
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    expect(ceres()).not.toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Prestation');
    expect(ceres()).not.toBeChecked();
    expect(ceres()).toHaveAccessibleDescription(expect.stringContaining('Jamais vos coordonnées personnelles.'));
    await user.click(ceres()!);
    expect(ceres()).toBeChecked();

    await choose(user, /Type d'échange/, 'Prêt de matériel');
    expect(ceres()).not.toBeInTheDocument();
    // Back to a market mode: the choice was taken back and must be made again.
    await choose(user, /Type d'échange/, 'Conseil');
    expect(ceres()).not.toBeChecked();
    await choose(user, /Type d'échange/, 'Prêt de matériel');
    await user.click(screen.getByRole('radio', { name: 'À distance' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({ mode: 'EQUIPMENT_LOAN', showOnCeres: false });
  });

  it('sends the choice to show a market offer on Ceres', async () => {
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Prestation');
    await user.click(screen.getByRole('checkbox', { name: 'Prix sur devis' }));
    await user.click(screen.getByRole('checkbox', { name: 'Montrer cette offre sur Ceres' }));
    await user.click(screen.getByRole('radio', { name: 'À distance' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({ mode: 'SERVICE', onQuote: true, showOnCeres: true });
  });

  it('shows the server’s objection to showing an offer on Ceres on its checkbox', async () => {
    server.use(
      http.post(apiUrl('/offers'), () =>
        problem(400, 'Données invalides', {
          violations: [{ field: 'showOnCeres', message: 'seules les offres marchandes vont sur Ceres' }],
        }),
      ),
    );
    const { user } = renderApp('/offers/new', { as: me() });
    await fillBasics(user);
    await choose(user, /Type d'échange/, 'Vente');
    await user.click(screen.getByRole('checkbox', { name: 'Prix sur devis' }));
    await user.click(screen.getByRole('checkbox', { name: 'Montrer cette offre sur Ceres' }));
    await user.click(screen.getByRole('radio', { name: 'À distance' }));

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Montrer cette offre sur Ceres' })).toHaveAccessibleDescription(
        expect.stringContaining('seules les offres marchandes vont sur Ceres'),
      ),
    );
  });

  it('never offers Ceres on a request', async () => {
    const { user } = renderApp('/requests/new', { as: me() });
    await screen.findByLabelText('Titre');
    await choose(user, /Type d'échange/, 'Prestation');
    expect(screen.getByLabelText('Prix en euros, hors taxes')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Montrer cette offre sur Ceres' })).not.toBeInTheDocument();
  });

  it('is for people of a member organisation', async () => {
    renderApp('/offers/new', { as: me({ roles: ['ANIMATOR'], organisation: null }) });

    expect(
      await screen.findByText('Pour publier, votre compte doit être rattaché à une structure adhérente.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Titre')).not.toBeInTheDocument();
  });
});

describe('editing an item', () => {
  let stored: Item;

  beforeEach(() => {
    stored = itemDetail({ editable: true });
    server.use(
      http.get(apiUrl('/offers/:id'), () => HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } })),
    );
  });

  it('saves with the version read, keeping the expiry it did not change', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/offers/:id'), async ({ request }) => {
        stored = { ...stored, title: ((await request.json()) as ItemInput).title, version: stored.version + 1 };
        return HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } });
      }),
    );
    const { user, router } = renderApp(`/offers/${stored.id}/edit`, { as: me() });

    const title = await screen.findByLabelText('Titre');
    expect(title).toHaveValue("Prêt d'une remorque bâchée");
    expect(screen.getByRole('combobox', { name: 'Intercommunalité' })).toHaveValue('Métropole Européenne de Lille');
    await user.type(title, ' 750 kg');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/offers/${stored.id}`));
    const [put] = recorder.find('PUT', `/offers/${stored.id}`);
    expect(put.headers.get('If-Match')).toBe('"3"');
    const body = (await put.json()) as ItemInput;
    expect(body).toMatchObject({ title: "Prêt d'une remorque bâchée 750 kg", reachTerritoryId: 'epci:200093201' });
    expect(body).not.toHaveProperty('expiresOn');
  });

  it('keeps the choice to show the offer on Ceres', async () => {
    const recorder = recordRequests();
    stored = itemDetail({ editable: true, mode: 'SERVICE', market: true, price: 40, priceUnit: 'HOUR', showOnCeres: true });
    server.use(
      http.put(apiUrl('/offers/:id'), () => HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } })),
    );
    const { user, router } = renderApp(`/offers/${stored.id}/edit`, { as: me() });

    expect(await screen.findByRole('checkbox', { name: 'Montrer cette offre sur Ceres' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/offers/${stored.id}`));
    const [put] = recorder.find('PUT', `/offers/${stored.id}`);
    expect(await put.json()).toMatchObject({ mode: 'SERVICE', price: 40, priceUnit: 'HOUR', showOnCeres: true });
    // The offer's page tells its organisation that Ceres shows it.
    expect(await screen.findByText('Visible sur Ceres')).toBeInTheDocument();
  });

  it('tells when someone else saved meanwhile, and reloads their version', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/offers/:id'), ({ request }) =>
        request.headers.get('If-Match') === `"${stored.version}"`
          ? HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } })
          : problem(412, 'Modifié entre-temps'),
      ),
    );
    const { user } = renderApp(`/offers/${stored.id}/edit`, { as: me() });
    const title = await screen.findByLabelText('Titre');
    // Someone else saves a new title while this form is open.
    stored = { ...stored, title: 'Le titre choisi par Dominique', version: 4 };

    await user.type(title, ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Quelqu'un d'autre a modifié ces informations entre-temps.");
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(screen.getByLabelText('Titre')).toHaveValue('Le titre choisi par Dominique'));

    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(recorder.find('PUT', `/offers/${stored.id}`)).toHaveLength(2));
    const puts = recorder.find('PUT', `/offers/${stored.id}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });
});
