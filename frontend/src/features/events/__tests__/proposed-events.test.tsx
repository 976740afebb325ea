import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { EventView } from '@/lib/api/types';
import { animator, eventView, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const visit = eventView({
  id: 'e4',
  status: 'PROPOSED',
  kind: 'VISIT',
  title: 'Visite de notre recyclerie',
  organiser: { id: 'p1', name: 'Camille Durand' },
  actions: ['APPROVE', 'REJECT', 'EDIT'],
});
const sale = eventView({
  id: 'e5',
  status: 'PROPOSED',
  kind: 'OTHER',
  title: 'Vente de nos invendus',
  organiser: { id: 'p2', name: 'Julien Mercier' },
  actions: ['APPROVE', 'REJECT', 'EDIT'],
});

function serveQueue(events: EventView[]) {
  const state = { events };
  const decided = (id: string) => {
    state.events = state.events.filter((event) => event.id !== id);
  };
  server.use(
    http.get(apiUrl('/events'), ({ request }) => {
      expect(new URL(request.url).searchParams.get('status')).toBe('PROPOSED');
      return HttpResponse.json({ items: state.events, total: state.events.length, page: 0, size: 20 });
    }),
    http.post(apiUrl('/events/:id/approve'), ({ params }) => {
      decided(params.id as string);
      return HttpResponse.json(eventView({ id: params.id as string }));
    }),
    http.post(apiUrl('/events/:id/reject'), ({ params }) => {
      decided(params.id as string);
      return HttpResponse.json(eventView({ id: params.id as string, status: 'REJECTED' }));
    }),
  );
}

describe('the animators’ approval queue', () => {
  it('publishes a proposal, and rejects another with a reason', async () => {
    serveQueue([visit, sale]);
    const recorder = recordRequests();
    const { user } = renderApp('/events/proposed', { as: animator });

    expect(await screen.findByRole('heading', { level: 1, name: "Propositions d'événements" })).toBeInTheDocument();
    expect(await screen.findByText('2 propositions en attente')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Visite de notre recyclerie' });
    expect(within(card).getByText('Proposé par Camille Durand')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Publier « Visite de notre recyclerie »' }));
    expect(await screen.findByText('« Visite de notre recyclerie » est publié.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Visite de notre recyclerie' })).not.toBeInTheDocument());
    expect(recorder.find('POST', '/events/e4/approve')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Refuser « Vente de nos invendus »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuser « Vente de nos invendus »' });
    // A reason is required: it is emailed.
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la proposition' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Motif'), 'Une vente n’est pas un événement du réseau.');
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la proposition' }));

    expect(await screen.findByText('« Vente de nos invendus » est refusé : le motif est envoyé par e-mail.')).toBeInTheDocument();
    const [reject] = recorder.find('POST', '/events/e5/reject');
    expect(await reject.json()).toEqual({ reason: 'Une vente n’est pas un événement du réseau.' });
    recorder.stop();
    expect(await screen.findByText('Aucune proposition en attente.')).toBeInTheDocument();
  });

  it('is for animators only', async () => {
    renderApp('/events/proposed', { as: me() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });
});
