import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemSummary } from '@/lib/api/types';
import { ateliers, itemDetail, itemSummary, me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let offers: ItemSummary[];

beforeEach(() => {
  offers = [
    itemSummary({ id: 'a0000000-0000-4000-8000-000000000001', title: 'Prêt de tables', status: 'DRAFT' }),
    itemSummary({ id: 'a0000000-0000-4000-8000-000000000002', title: 'Vente de vélos', status: 'PUBLISHED' }),
    itemSummary({ id: 'a0000000-0000-4000-8000-000000000003', title: 'Don de chaises', status: 'PUBLISHED', hidden: true }),
    itemSummary({ id: 'a0000000-0000-4000-8000-000000000004', title: 'Salle de réunion', status: 'EXPIRED' }),
  ];
  const requests = [
    itemSummary({ id: 'b0000000-0000-4000-8000-000000000001', kind: 'REQUEST', title: 'Cherche un camion', status: 'FULFILLED' }),
  ];
  server.use(
    http.get(apiUrl('/organisations/:id/items'), ({ request }) => {
      const kind = new URL(request.url).searchParams.get('kind');
      const items = kind === 'OFFER' ? offers : requests;
      return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
    }),
  );
});

const card = (title: string) => screen.getByRole('article', { name: title });

describe('my items', () => {
  it("lists the organisation's offers and requests in every state", async () => {
    const recorder = recordRequests();
    renderApp('/my-items', { as: me() });

    expect(await screen.findByRole('article', { name: 'Prêt de tables' })).toBeInTheDocument();
    expect(within(card('Prêt de tables')).getByText('Brouillon')).toBeInTheDocument();
    expect(within(card('Vente de vélos')).getByText('Publiée')).toBeInTheDocument();
    expect(within(card('Don de chaises')).getByText("Masquée par l'équipe d'animation")).toBeInTheDocument();
    expect(within(card('Salle de réunion')).getByText('Expirée')).toBeInTheDocument();
    const requests = screen.getByRole('region', { name: 'Nos demandes' });
    expect(within(requests).getByText('Réalisée')).toBeInTheDocument();
    // A fulfilled item is done: nothing left to do with it.
    expect(within(card('Cherche un camion')).queryByRole('button')).not.toBeInTheDocument();

    const [offersCall] = recorder.find('GET', `/organisations/${ateliers.id}/items`);
    expect(new URL(offersCall.url).searchParams.get('kind')).toBe('OFFER');
  });

  it('offers the actions each state allows', async () => {
    renderApp('/my-items', { as: me() });
    await screen.findByRole('article', { name: 'Prêt de tables' });

    expect(within(card('Prêt de tables')).getByRole('button', { name: 'Publier « Prêt de tables »' })).toBeInTheDocument();
    expect(
      within(card('Vente de vélos')).getByRole('button', { name: 'Retirer du catalogue « Vente de vélos »' }),
    ).toBeInTheDocument();
    expect(
      within(card('Salle de réunion')).getByRole('button', { name: 'Prolonger de 90 jours « Salle de réunion »' }),
    ).toBeInTheDocument();
    expect(within(card('Vente de vélos')).getByRole('link', { name: 'Modifier « Vente de vélos »' })).toHaveAttribute(
      'href',
      '/offers/a0000000-0000-4000-8000-000000000002/edit',
    );
  });

  it('publishes a draft in one click', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/offers/:id/publish'), ({ params }) => {
        offers = offers.map((item) => (item.id === params.id ? { ...item, status: 'PUBLISHED' } : item));
        return HttpResponse.json(itemDetail({ id: String(params.id) }));
      }),
    );
    const { user } = renderApp('/my-items', { as: me() });
    await screen.findByRole('article', { name: 'Prêt de tables' });

    await user.click(screen.getByRole('button', { name: 'Publier « Prêt de tables »' }));

    expect(await screen.findByText('« Prêt de tables » est publiée.')).toBeInTheDocument();
    await waitFor(() => expect(within(card('Prêt de tables')).getByText('Publiée')).toBeInTheDocument());
    expect(recorder.find('POST', '/offers/a0000000-0000-4000-8000-000000000001/publish')).toHaveLength(1);
  });

  it('says why an action was refused', async () => {
    server.use(http.post(apiUrl('/offers/:id/withdraw'), () => problem(409, 'Action impossible dans cet état')));
    const { user } = renderApp('/my-items', { as: me() });
    await screen.findByRole('article', { name: 'Vente de vélos' });

    await user.click(screen.getByRole('button', { name: 'Retirer du catalogue « Vente de vélos »' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Action impossible dans cet état');
  });

  it('is for people of an organisation', async () => {
    renderApp('/my-items', { as: me({ organisation: null }) });

    expect(await screen.findByText("Votre compte n'est rattaché à aucune structure.")).toBeInTheDocument();
  });
});
