import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventView } from '@/lib/api/types';
import { animator, eventView, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

const apero = eventView();
const workshop = eventView({
  id: 'e2',
  kind: 'WORKSHOP',
  title: 'Atelier réparation de vélos',
  territory: { id: 'commune:59512', name: 'Roubaix' },
  startsAt: '2027-03-30T09:30:00+02:00',
  endsAt: '2027-03-30T12:00:00+02:00',
  capacity: null,
  placesLeft: null,
  registered: 4,
});
const fair = eventView({
  id: 'e3',
  kind: 'FAIR',
  title: "Salon de l'ESS",
  venue: null,
  onlineUrl: 'https://visio.example.org/salon',
  startsAt: '2027-04-02T10:00:00+02:00',
  endsAt: '2027-04-03T18:00:00+02:00',
  capacity: 2,
  placesLeft: 0,
  registered: 2,
  waiting: 3,
});

/** The API filters by kind and territory as asked; the tests check what was asked. */
function serveEvents(events: EventView[]) {
  server.use(
    http.get(apiUrl('/events'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const kind = query.get('kind');
      const shown = events.filter((event) => !kind || event.kind === kind);
      return HttpResponse.json({ items: shown, total: shown.length, page: 0, size: 20 });
    }),
  );
}

beforeEach(() => serveEvents([apero, workshop, fair]));

describe('the events calendar', () => {
  it('lists upcoming events with when, where and places, and filters them by kind and territory in the URL', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/events');

    expect(await screen.findByRole('heading', { level: 1, name: 'Événements' })).toBeInTheDocument();
    expect(await screen.findByText('3 événements à venir')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Apéro du réseau à Lille' });
    // Paris time, whatever the browser's zone (the tests run in UTC, hence the mention).
    expect(within(card).getByText(/jeudi 25 mars 2027, 18:30 – 20:30/)).toBeInTheDocument();
    expect(within(card).getByText(/\(heure de Paris\)/)).toBeInTheDocument();
    expect(within(card).getByText('18 places restantes sur 30')).toBeInTheDocument();
    expect(within(card).getByText(/La Gare Saint-Sauveur/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Atelier réparation de vélos' })).getByText(
        'Places illimitées — 4 personnes inscrites',
      ),
    ).toBeInTheDocument();
    const full = screen.getByRole('article', { name: "Salon de l'ESS" });
    expect(within(full).getByText("Complet — 3 personnes en liste d'attente")).toBeInTheDocument();
    expect(within(full).getByText('En ligne (Lille)')).toBeInTheDocument();

    // By kind.
    await user.click(screen.getByRole('button', { name: /Type d'événement/ }));
    await user.click(await screen.findByRole('option', { name: 'Atelier' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events?kind=WORKSHOP'));
    expect(await screen.findByText('1 événement à venir')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Apéro du réseau à Lille' })).not.toBeInTheDocument();

    // By département: the area first, then the département among them.
    await user.click(screen.getByRole('radio', { name: 'Un département' }));
    await user.type(screen.getByRole('combobox', { name: 'Département' }), 'Nor');
    await user.click(await screen.findByRole('option', { name: /Nord/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events?territory=departement%3A59&kind=WORKSHOP'));
    await waitFor(() => {
      const last = recorder.find('GET', '/events').at(-1)!;
      expect(new URL(last.url).searchParams.get('territory')).toBe('departement:59');
      expect(new URL(last.url).searchParams.get('kind')).toBe('WORKSHOP');
    });
    recorder.stop();

    // The subscription follows the territory chosen.
    const subscribe = screen.getByRole('region', { name: "S'abonner à l'agenda" });
    expect(within(subscribe).getByText(/événements à venir de ce territoire \(Nord\)/)).toBeInTheDocument();
    const https = within(subscribe).getByRole('textbox', { name: 'Adresse du flux iCalendar (https)' });
    expect(https).toHaveValue(`${window.location.origin}/api/v1/events/calendar.ics?territory=departement%3A59`);
    expect(within(subscribe).getByRole('textbox', { name: "Adresse d'abonnement (webcal)" })).toHaveValue(
      `webcal://${window.location.host}/api/v1/events/calendar.ics?territory=departement%3A59`,
    );
    await user.click(within(subscribe).getByRole('button', { name: "Copier l'adresse webcal" }));
    expect(await within(subscribe).findByText("Adresse copiée : Adresse d'abonnement (webcal).")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      `webcal://${window.location.host}/api/v1/events/calendar.ics?territory=departement%3A59`,
    );

    // Starting again.
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events'));
    expect(await screen.findByText('3 événements à venir')).toBeInTheDocument();
    expect(within(subscribe).getByRole('textbox', { name: 'Adresse du flux iCalendar (https)' })).toHaveValue(
      `${window.location.origin}/api/v1/events/calendar.ics`,
    );
  });

  it('shows a month as a table of days, and moves from month to month with the month in the URL', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/events?view=month&month=2027-03');

    const grid = await screen.findByRole('table', { name: 'mars 2027' });
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'lun.',
      'mar.',
      'mer.',
      'jeu.',
      'ven.',
      'sam.',
      'dim.',
    ]);
    // 1 March 2027 is a Monday: the first cell is the 1st; the apéro is on Thursday the 25th.
    const day25 = within(grid).getByText('jeudi 25 mars 2027').closest('td')!;
    expect(within(day25).getByRole('link', { name: /18:30 Apéro du réseau à Lille/ })).toHaveAttribute(
      'href',
      '/events/e1',
    );
    expect(within(grid).getByText('mardi 30 mars 2027').closest('td')).toHaveTextContent(
      /09:30 Atelier réparation de vélos/,
    );
    await waitFor(() => {
      const asked = new URL(recorder.find('GET', '/events').at(-1)!.url).searchParams;
      expect(asked.get('from')).toBe('2027-03-01');
      expect(asked.get('to')).toBe('2027-03-31');
    });

    await user.click(screen.getByRole('button', { name: /Mois suivant/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events?view=month&month=2027-04'));
    const april = await screen.findByRole('table', { name: 'avril 2027' });
    // The fair lasts two days: it shows on both.
    expect(within(april).getByText('vendredi 2 avril 2027').closest('td')).toHaveTextContent(/Salon de l'ESS/);
    expect(within(april).getByText('samedi 3 avril 2027').closest('td')).toHaveTextContent(/Salon de l'ESS/);
    await waitFor(() => {
      const asked = new URL(recorder.find('GET', '/events').at(-1)!.url).searchParams;
      expect(asked.get('from')).toBe('2027-04-01');
      expect(asked.get('to')).toBe('2027-04-30');
    });
    recorder.stop();

    await user.click(screen.getByRole('button', { name: /Mois précédent/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events?view=month&month=2027-03'));

    // Back to the list.
    await user.click(screen.getByRole('radio', { name: 'Liste' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/events'));
    expect(await screen.findByText('3 événements à venir')).toBeInTheDocument();
  });

  it('offers animators to create an event, members to propose one, and visitors neither', async () => {
    const first = renderApp('/events', { as: animator });
    expect(await screen.findByRole('link', { name: 'Créer un événement' })).toHaveAttribute('href', '/events/new');
    expect(screen.getByRole('link', { name: 'Propositions à valider' })).toBeInTheDocument();
    first.unmount();

    const second = renderApp('/events', { as: me() });
    expect(await screen.findByRole('link', { name: 'Proposer un événement' })).toHaveAttribute('href', '/events/new');
    expect(screen.queryByRole('link', { name: 'Propositions à valider' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mes inscriptions et événements' })).toHaveAttribute('href', '/events/mine');
    second.unmount();

    renderApp('/events');
    expect(await screen.findByText('3 événements à venir')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /un événement$/ })).not.toBeInTheDocument();
    // The header's link, for everyone.
    expect(
      within(screen.getByRole('navigation', { name: 'Navigation principale' })).getByRole('link', { name: 'Événements' }),
    ).toHaveAttribute('href', '/events');
  });
});
