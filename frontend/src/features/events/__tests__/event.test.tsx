import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { EventView } from '@/lib/api/types';
import { animator, eventView, me, registration } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

/** The event as the API says it is now: each call reads the latest state. */
function serve(initial: EventView) {
  const state = { event: initial };
  server.use(http.get(apiUrl('/events/e1'), () => HttpResponse.json(state.event, { headers: { ETag: '"3"' } })));
  return state;
}

describe('an event’s page', () => {
  it('shows what, when in Paris time, where and who organises it, with a file to add it to a calendar', async () => {
    serve(eventView({ host: { id: 'o1', name: 'Les Ateliers du Réemploi' }, onlineUrl: 'https://visio.example.org/apero' }));
    renderApp('/events/e1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Apéro du réseau à Lille' })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Infos pratiques' });
    expect(within(facts).getByText('jeudi 25 mars 2027, 18:30 – 20:30')).toBeInTheDocument();
    // The tests' clock is in UTC: the page says the times are Paris's.
    expect(within(facts).getByText(/heure de Paris/)).toBeInTheDocument();
    expect(within(facts).getByText(/La Gare Saint-Sauveur, 17 boulevard Jean-Baptiste Lebas — Lille/)).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'https://visio.example.org/apero' })).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Les Ateliers du Réemploi' })).toHaveAttribute('href', '/organisations/o1');
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toHaveAttribute(
      'href',
      '/api/v1/events/e1/calendar.ics',
    );
    // A visitor signs in to register.
    expect(screen.getByRole('link', { name: 'Connectez-vous pour vous inscrire' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fevents%2Fe1',
    );
  });

  it('registers, says so, and gives the place up', async () => {
    const state = serve(eventView());
    server.use(
      http.post(apiUrl('/events/e1/registrations'), () => {
        state.event = eventView({
          registered: 13,
          placesLeft: 17,
          myRegistration: { id: 'r1', status: 'REGISTERED', position: null },
          actions: ['UNREGISTER'],
        });
        return HttpResponse.json(registration(), { status: 201 });
      }),
      http.post(apiUrl('/registrations/r1/cancel'), () => {
        state.event = eventView();
        return HttpResponse.json(registration({ status: 'CANCELLED' }));
      }),
    );
    const recorder = recordRequests();
    const { user } = renderApp('/events/e1', { as: me() });

    expect(await screen.findByText('18 places restantes sur 30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));
    expect(await screen.findByText('Vous êtes inscrit·e.')).toBeInTheDocument();
    expect(screen.getByText('17 places restantes sur 30')).toBeInTheDocument();
    expect(recorder.find('POST', '/events/e1/registrations')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Annuler mon inscription' }));
    expect(await screen.findByText('Votre inscription est annulée.')).toBeInTheDocument();
    expect(screen.queryByText('Vous êtes inscrit·e.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: "M'inscrire" })).toBeInTheDocument();
    expect(recorder.find('POST', '/registrations/r1/cancel')).toHaveLength(1);
    recorder.stop();
  });

  it('offers the waiting list when full, and says at which position one waits', async () => {
    const state = serve(eventView({ capacity: 30, placesLeft: 0, registered: 30, waiting: 3 }));
    server.use(
      http.post(apiUrl('/events/e1/registrations'), () => {
        state.event = eventView({
          capacity: 30,
          placesLeft: 0,
          registered: 30,
          waiting: 4,
          myRegistration: { id: 'r1', status: 'WAITING', position: 4 },
          actions: ['UNREGISTER'],
        });
        return HttpResponse.json(registration({ status: 'WAITING', position: 4 }), { status: 201 });
      }),
    );
    const { user } = renderApp('/events/e1', { as: me() });

    expect(await screen.findByText("Complet — 3 personnes en liste d'attente")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "M'inscrire" })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "M'inscrire sur la liste d'attente" }));

    expect(await screen.findByText("Vous êtes sur la liste d'attente (position 4).")).toBeInTheDocument();
    expect(screen.getByText(/Si une place se libère, vous êtes inscrit·e automatiquement/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Quitter la liste d'attente" })).toBeInTheDocument();
  });

  it('says when registration is closed, and why a late registration was refused', async () => {
    serve(eventView({ registrationOpen: false, actions: [], registrationDeadline: '2027-03-24T12:00:00+01:00' }));
    const first = renderApp('/events/e1', { as: me() });
    expect(await screen.findByText('Les inscriptions sont closes.')).toBeInTheDocument();
    expect(screen.getByText("Inscriptions jusqu'au 24 mars 2027 à 12:00.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /M'inscrire/ })).not.toBeInTheDocument();
    first.unmount();

    // Closed between the page's load and the click: the API's words.
    serve(eventView());
    server.use(
      http.post(apiUrl('/events/e1/registrations'), () =>
        problem(409, 'Les inscriptions sont closes', { type: 'https://elbasar.org/problems/registration-closed' }),
      ),
    );
    const { user } = renderApp('/events/e1', { as: me() });
    await user.click(await screen.findByRole('button', { name: "M'inscrire" }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Les inscriptions sont closes');
  });

  it('shows a registered person where they stand, and a waiting one their position', async () => {
    serve(eventView({ myRegistration: { id: 'r1', status: 'REGISTERED', position: null }, actions: ['UNREGISTER'] }));
    const first = renderApp('/events/e1', { as: me() });
    expect(await screen.findByText('Vous êtes inscrit·e.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler mon inscription' })).toBeInTheDocument();
    first.unmount();

    serve(
      eventView({
        placesLeft: 0,
        waiting: 2,
        myRegistration: { id: 'r1', status: 'WAITING', position: 2 },
        actions: ['UNREGISTER'],
      }),
    );
    renderApp('/events/e1', { as: me() });
    expect(await screen.findByText("Vous êtes sur la liste d'attente (position 2).")).toBeInTheDocument();
  });

  it('gives the organiser their actions, and cancels the event with a reason', async () => {
    const state = serve(eventView({ actions: ['EDIT', 'CANCEL', 'ATTENDEES'] }));
    let reason: unknown;
    server.use(
      http.post(apiUrl('/events/e1/cancel'), async ({ request }) => {
        reason = await request.json();
        state.event = eventView({ status: 'CANCELLED', statusReason: 'La salle est indisponible.', actions: [] });
        return HttpResponse.json(state.event);
      }),
    );
    const { user } = renderApp('/events/e1', { as: animator });

    const manage = await screen.findByRole('region', { name: "Gérer l'événement" });
    expect(within(manage).getByRole('link', { name: 'Modifier' })).toHaveAttribute('href', '/events/e1/edit');
    expect(within(manage).getByRole('link', { name: 'Participants (12 inscrit·es)' })).toHaveAttribute(
      'href',
      '/events/e1/attendees',
    );
    await user.click(within(manage).getByRole('button', { name: "Annuler l'événement" }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler « Apéro du réseau à Lille »' });
    await user.type(within(dialog).getByLabelText('Motif'), 'La salle est indisponible.');
    await user.click(within(dialog).getByRole('button', { name: "Annuler l'événement" }));

    expect(
      await screen.findByText('Événement annulé : les personnes inscrites sont prévenues par e-mail.'),
    ).toBeInTheDocument();
    expect(reason).toEqual({ reason: 'La salle est indisponible.' });
    expect(screen.getByText('Événement annulé : La salle est indisponible.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: "Gérer l'événement" })).not.toBeInTheDocument();
  });

  it('shows a proposal as waiting for review, and once ended what the event produced', async () => {
    serve(eventView({ status: 'PROPOSED', actions: ['EDIT'] }));
    const first = renderApp('/events/e1', { as: me() });
    expect(await screen.findByText('Proposé, à valider')).toBeInTheDocument();
    expect(
      screen.getByText('Proposé : une animatrice ou un animateur du réseau va le relire avant de le publier.'),
    ).toBeInTheDocument();
    first.unmount();

    serve(
      eventView({
        registrationOpen: false,
        actions: [],
        outcome: {
          attendance: 14,
          organisations: [
            { id: 'o1', name: 'Les Ateliers du Réemploi' },
            { id: 'o2', name: 'Vélo Solidaire' },
          ],
          exchanges: [
            {
              id: 'x1',
              provider: { id: 'o2', name: 'Vélo Solidaire' },
              beneficiary: { id: 'o1', name: 'Les Ateliers du Réemploi' },
              mode: 'EQUIPMENT_LOAN',
              occurredOn: '2027-04-02',
              valueEur: 16,
            },
          ],
        },
      }),
    );
    renderApp('/events/e1', { as: me() });
    const outcome = await screen.findByRole('region', { name: "Bilan de l'événement" });
    expect(within(outcome).getByText('Personnes présentes').nextElementSibling).toHaveTextContent('14');
    expect(within(outcome).getByText('Structures présentes').nextElementSibling).toHaveTextContent('2');
    expect(within(outcome).getByRole('link', { name: 'Vélo Solidaire' })).toHaveAttribute('href', '/organisations/o2');
    expect(
      within(outcome).getByRole('link', { name: 'Vélo Solidaire → Les Ateliers du Réemploi : Prêt de matériel' }),
    ).toHaveAttribute('href', '/exchanges/x1');
    await waitFor(() => expect(within(outcome).getByText(/2 avril 2027, 16,00\s€/)).toBeInTheDocument());
  });

  it('says when the event does not exist', async () => {
    server.use(http.get(apiUrl('/events/nope'), () => problem(404, 'Événement introuvable')));
    renderApp('/events/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Événement introuvable' })).toBeInTheDocument();
  });
});
