import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PartnerClient, PartnerClientInput } from '@/lib/api/types';
import { animator, me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';
import { everyHour } from '../components/usage-table';
import { CERES_ID, credentials, partnerClient } from './partner-data';

const admin = me({ id: 'ad1', firstName: 'Sam', roles: ['ADMIN'], organisation: null });
const NEW_ID = '4e2a1c9b-7d3f-4a6e-8b5c-1f0e9d8c7b02';

let stored: PartnerClient;

const withEtag = (client: PartnerClient) => HttpResponse.json(client, { headers: { ETag: `"${client.version}"` } });

beforeEach(() => {
  stored = partnerClient();
  server.use(
    http.get(apiUrl('/partner-clients'), () => HttpResponse.json([stored])),
    http.get(apiUrl('/partner-clients/:id'), () => withEtag(stored)),
    http.get(apiUrl('/partner-clients/:id/usage'), () =>
      HttpResponse.json([{ hour: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString(), requests: 42, refused: 1 }]),
    ),
  );
});

describe('the partner clients screen', () => {
  it('lists the partners with their rights, limit, usage and state', async () => {
    renderApp('/admin/partners', { as: admin });

    const table = await screen.findByRole('table', { name: 'Partenaires enregistrés et leurs requêtes récentes' });
    const row = within(table).getByRole('row', { name: /Ceres/ });
    expect(within(row).getByRole('link', { name: 'Ceres' })).toHaveAttribute('href', `/admin/partners/${CERES_ID}`);
    expect(row).toHaveTextContent('catalog:read');
    expect(row).toHaveTextContent('webhooks:manage');
    expect(row).toHaveTextContent('120');
    expect(row).toHaveTextContent('42');
    expect(row).toHaveTextContent(/1\s?250/);
    expect(row).toHaveTextContent('Actif');
    // The admins' menu leads here.
    expect(screen.getByRole('link', { name: 'Partenaires API' })).toHaveAttribute('href', '/admin/partners');
  });

  it('is for admins only', async () => {
    renderApp('/admin/partners', { as: animator });
    expect(await screen.findByRole('heading', { name: 'Accès réservé' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Partenaires API' })).not.toBeInTheDocument();
  });

  it('registers a partner and shows its secret once, with the token address', async () => {
    let sent: PartnerClientInput | undefined;
    server.use(
      http.post(apiUrl('/partner-clients'), async ({ request }) => {
        sent = (await request.json()) as PartnerClientInput;
        const created = partnerClient({ ...sent, id: NEW_ID, name: sent.name, version: 0 });
        stored = created;
        return HttpResponse.json(credentials(created, 'pcs_secret_shown_once'), { status: 201 });
      }),
    );
    const { user } = renderApp('/admin/partners', { as: admin });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer un partenaire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un partenaire' });
    await user.type(within(dialog).getByLabelText(/Nom du partenaire/), 'Ceres');
    await user.type(within(dialog).getByLabelText(/E-mail de contact technique/), 'tech@ceres.example');
    await user.click(within(dialog).getByRole('checkbox', { name: /Lire le catalogue/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Gérer les webhooks/ }));
    // Each right says what it opens.
    expect(within(dialog).getByRole('checkbox', { name: /Envoyer des besoins/ })).toHaveAccessibleDescription(
      expect.stringContaining('hotline'),
    );
    expect(within(dialog).getByLabelText(/Requêtes par minute/)).toHaveValue('120');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    const shown = await screen.findByRole('dialog', { name: 'Identifiants de Ceres' });
    expect(sent).toEqual({
      name: 'Ceres',
      contactEmail: 'tech@ceres.example',
      scopes: ['catalog:read', 'webhooks:manage'],
      requestsPerMinute: 120,
      active: true,
    });
    expect(shown).toHaveTextContent('Ce secret ne sera plus affiché.');
    expect(within(shown).getByLabelText(/Identifiant client/)).toHaveValue(NEW_ID);
    expect(within(shown).getByLabelText(/Secret/)).toHaveValue('pcs_secret_shown_once');
    expect(within(shown).getByLabelText(/Adresse pour obtenir un jeton/)).toHaveValue(
      `${window.location.origin}/api/v1/oauth/token`,
    );
    expect(shown).toHaveTextContent('docs/partners.md');
    await user.click(within(shown).getByRole('button', { name: 'Copier le secret' }));
    expect(await navigator.clipboard.readText()).toBe('pcs_secret_shown_once');

    await user.click(within(shown).getByRole('button', { name: "J'ai copié le secret" }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Gone for good: neither the list nor the partner's page shows it again.
    expect(await screen.findByRole('link', { name: 'Ceres' })).toBeInTheDocument();
    expect(screen.queryByDisplayValue('pcs_secret_shown_once')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('pcs_secret_shown_once');
  });

  it('asks for at least one right before sending anything', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/admin/partners', { as: admin });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer un partenaire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un partenaire' });
    await user.type(within(dialog).getByLabelText(/Nom du partenaire/), 'Ceres');
    await user.type(within(dialog).getByLabelText(/E-mail de contact technique/), 'tech@ceres.example');
    await user.clear(within(dialog).getByLabelText(/Requêtes par minute/));
    await user.type(within(dialog).getByLabelText(/Requêtes par minute/), '0');

    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Choisissez au moins un droit.')).toBeInTheDocument();
    expect(within(dialog).getByText('Saisissez un nombre entier entre 1 et 100000.')).toBeInTheDocument();
    expect(recorder.find('POST', '/partner-clients')).toHaveLength(0);
  });
});

describe('a partner client page', () => {
  it('asks before renewing the secret, then shows the new one once', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/partner-clients/:id/rotate-secret'), () => {
        stored = partnerClient({ version: 3, secretRotatedAt: '2026-11-28T10:00:00Z' });
        return HttpResponse.json(credentials(stored, 'pcs_new_secret'));
      }),
    );
    const { user } = renderApp(`/admin/partners/${CERES_ID}`, { as: admin });
    await user.click(await screen.findByRole('button', { name: 'Renouveler le secret' }));

    let confirm = await screen.findByRole('dialog', { name: 'Renouveler le secret de Ceres ?' });
    expect(confirm).toHaveTextContent("L'ancien secret et tous les jetons obtenus avec lui cessent de fonctionner");
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recorder.find('POST', `/partner-clients/${CERES_ID}/rotate-secret`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Renouveler le secret' }));
    confirm = await screen.findByRole('dialog', { name: 'Renouveler le secret de Ceres ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Renouveler le secret' }));

    const shown = await screen.findByRole('dialog', { name: 'Nouveau secret de Ceres' });
    expect(within(shown).getByLabelText(/Secret/)).toHaveValue('pcs_new_secret');
    expect(shown).toHaveTextContent('Ce secret ne sera plus affiché.');
    expect(recorder.find('POST', `/partner-clients/${CERES_ID}/rotate-secret`)).toHaveLength(1);
  });

  it('saves a change with the version read, and says when someone changed the partner meanwhile', async () => {
    const ifMatches: (string | null)[] = [];
    server.use(
      http.put(apiUrl('/partner-clients/:id'), async ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        if (request.headers.get('If-Match') !== `"${stored.version}"`) return problem(412, 'Modifié entre-temps');
        const body = (await request.json()) as PartnerClientInput;
        stored = partnerClient({ ...body, version: stored.version + 1 });
        return withEtag(stored);
      }),
    );
    const { user } = renderApp(`/admin/partners/${CERES_ID}`, { as: admin });
    await user.click(await screen.findByRole('button', { name: 'Modifier' }));
    let dialog = await screen.findByRole('dialog', { name: 'Modifier Ceres' });
    // Meanwhile, another admin raised the limit.
    stored = partnerClient({ requestsPerMinute: 600, version: 3 });
    await user.clear(within(dialog).getByLabelText(/Requêtes par minute/));
    await user.type(within(dialog).getByLabelText(/Requêtes par minute/), '240');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Quelqu'un d'autre a modifié ces informations entre-temps.");
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));
    dialog = screen.getByRole('dialog', { name: 'Modifier Ceres' });
    await waitFor(() => expect(within(dialog).getByLabelText(/Requêtes par minute/)).toHaveValue('600'));
    await user.click(within(dialog).getByRole('checkbox', { name: /Lire l'annuaire/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByText('Partenaire enregistré.')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"2"', '"3"']);
    expect(stored).toMatchObject({
      requestsPerMinute: 600,
      scopes: ['catalog:read', 'webhooks:manage', 'organisations:read'],
      active: true,
    });
  });

  it('deactivates a partner after asking, keeping everything else', async () => {
    let sent: { body: PartnerClientInput; ifMatch: string | null } | undefined;
    server.use(
      http.put(apiUrl('/partner-clients/:id'), async ({ request }) => {
        sent = { body: (await request.json()) as PartnerClientInput, ifMatch: request.headers.get('If-Match') };
        stored = partnerClient({ ...sent.body, version: 3 });
        return withEtag(stored);
      }),
    );
    const { user } = renderApp(`/admin/partners/${CERES_ID}`, { as: admin });
    await user.click(await screen.findByRole('button', { name: 'Désactiver' }));
    const confirm = await screen.findByRole('dialog', { name: 'Désactiver Ceres ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Désactiver' }));

    expect(await screen.findByText('Partenaire désactivé : ses jetons ne fonctionnent plus.')).toBeInTheDocument();
    expect(sent).toEqual({
      body: {
        name: 'Ceres',
        contactEmail: 'tech@ceres.example',
        scopes: ['catalog:read', 'webhooks:manage'],
        requestsPerMinute: 120,
        active: false,
      },
      ifMatch: '"2"',
    });
    expect(await screen.findByRole('button', { name: 'Réactiver' })).toBeInTheDocument();
  });

  it('shows the requests of every hour of the last day in a table', async () => {
    renderApp(`/admin/partners/${CERES_ID}`, { as: admin });
    const table = await screen.findByRole('table', { name: 'Requêtes des 24 dernières heures' });
    // A header row and 24 hours, the quiet ones at zero.
    expect(within(table).getAllByRole('row')).toHaveLength(25);
    const last = within(table).getAllByRole('row')[24];
    expect(within(last).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['42', '1']);
  });

  it('fills the quiet hours the API leaves out', () => {
    const now = Date.parse('2026-11-28T10:20:00Z');
    const hours = everyHour([{ hour: '2026-11-28T08:00:00Z', requests: 5, refused: 2 }], now, 3);
    expect(hours).toEqual([
      { hour: '2026-11-28T08:00:00.000Z', requests: 5, refused: 2 },
      { hour: '2026-11-28T09:00:00.000Z', requests: 0, refused: 0 },
      { hour: '2026-11-28T10:00:00.000Z', requests: 0, refused: 0 },
    ]);
  });
});
