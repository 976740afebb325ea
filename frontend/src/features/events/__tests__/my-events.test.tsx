import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Registration } from '@/lib/api/types';
import { eventView, me, registration } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, renderApp } from '@/testing/test-utils';

const promoted = registration({ promotedAt: '2027-03-10T08:00:00Z' });
const waiting = registration({
  id: 'r2',
  status: 'WAITING',
  position: 2,
  event: { ...registration().event, id: 'e2', title: "Salon de l'ESS", kind: 'FAIR' },
});
const past = registration({
  id: 'r3',
  event: {
    ...registration().event,
    id: 'e3',
    title: 'Petit-déjeuner de rentrée',
    kind: 'BREAKFAST',
    startsAt: '2025-09-10T08:30:00+02:00',
    endsAt: '2025-09-10T10:00:00+02:00',
  },
});

function serve(registrations: Registration[]) {
  const state = { registrations };
  server.use(
    http.get(apiUrl('/me/registrations'), () => HttpResponse.json(state.registrations)),
    http.get(apiUrl('/events/mine'), () =>
      HttpResponse.json([
        eventView({ id: 'e4', status: 'PROPOSED', title: 'Visite de notre recyclerie', kind: 'VISIT', actions: ['EDIT'] }),
        eventView({
          id: 'e5',
          status: 'REJECTED',
          title: 'Vente de nos invendus',
          kind: 'OTHER',
          statusReason: 'Une vente n’est pas un événement du réseau.',
          actions: ['EDIT'],
        }),
      ]),
    ),
    http.post(apiUrl('/registrations/:id/cancel'), ({ params }) => {
      const cancelled = state.registrations.find((one) => one.id === params.id)!;
      state.registrations = state.registrations.filter((one) => one.id !== params.id);
      return HttpResponse.json({ ...cancelled, status: 'CANCELLED' });
    }),
  );
}

describe('my registrations and events', () => {
  it('lists my registrations: promoted ones registered, waiting ones with their position, past ones last', async () => {
    serve([promoted, waiting, past]);
    renderApp('/events/mine', { as: me() });

    const section = await screen.findByRole('region', { name: 'Mes inscriptions' });
    const cards = await within(section).findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Apéro du réseau à Lille',
      "Salon de l'ESS",
      'Petit-déjeuner de rentrée',
    ]);
    expect(within(cards[0]).getByText('Inscrit·e')).toBeInTheDocument();
    expect(within(cards[0]).getByText("Une place s'est libérée : vous êtes maintenant inscrit·e.")).toBeInTheDocument();
    expect(within(cards[1]).getByText("En liste d'attente (position 2)")).toBeInTheDocument();
    expect(within(cards[2]).getByText('Passé')).toBeInTheDocument();
    // A past event's place cannot be given up.
    expect(within(cards[2]).queryByRole('button')).not.toBeInTheDocument();

    const organised = screen.getByRole('region', { name: "Les événements que j'organise" });
    const proposal = within(organised).getByRole('article', { name: 'Visite de notre recyclerie' });
    expect(within(proposal).getByText('Proposé, à valider')).toBeInTheDocument();
    const rejected = within(organised).getByRole('article', { name: 'Vente de nos invendus' });
    expect(within(rejected).getByText('Refusé')).toBeInTheDocument();
    expect(within(rejected).getByText('Motif : Une vente n’est pas un événement du réseau.')).toBeInTheDocument();
  });

  it('gives a place up from the list', async () => {
    serve([promoted, waiting]);
    const { user } = renderApp('/events/mine', { as: me() });

    await user.click(
      await screen.findByRole('button', { name: "Quitter la liste d'attente — Salon de l'ESS" }),
    );
    expect(await screen.findByText("Inscription annulée : Salon de l'ESS.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: "Salon de l'ESS" })).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'Apéro du réseau à Lille' })).toBeInTheDocument();
  });

  it('sends visitors to sign in first', async () => {
    const { router } = renderApp('/events/mine');
    await waitFor(() => expect(currentUrl(router)).toBe('/sign-in?next=%2Fevents%2Fmine'));
  });
});
