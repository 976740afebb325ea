import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attendee } from '@/lib/api/types';
import { animator, attendee, eventView } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const camille = attendee();
const elodie = attendee({
  registrationId: 'r2',
  person: { id: 'p3', firstName: 'Élodie', lastName: 'Bernard', email: 'elodie@velo.example' },
  organisation: { id: 'o2', name: 'Vélo Solidaire' },
  checkedInAt: '2027-03-25T17:42:00Z',
});
const waiting = attendee({
  registrationId: 'r3',
  person: { id: 'p4', firstName: 'Jules', lastName: 'Petit', email: 'jules@example.org' },
  organisation: null,
  status: 'WAITING',
  position: 1,
});

beforeEach(() => {
  const list = [waiting, camille, elodie];
  server.use(
    http.get(apiUrl('/events/e1'), () => HttpResponse.json(eventView({ actions: ['EDIT', 'ATTENDEES'] }))),
    http.get(apiUrl('/events/e1/attendees'), () => HttpResponse.json(list)),
    http.post(apiUrl('/events/e1/attendees/:registrationId/check-in'), ({ params }) => {
      const one = list.find((a) => a.registrationId === params.registrationId)!;
      return HttpResponse.json({ ...one, checkedInAt: '2027-03-25T17:50:00Z' } satisfies Attendee);
    }),
    http.delete(apiUrl('/events/e1/attendees/:registrationId/check-in'), ({ params }) => {
      const one = list.find((a) => a.registrationId === params.registrationId)!;
      return HttpResponse.json({ ...one, checkedInAt: null } satisfies Attendee);
    }),
  );
});

describe('the attendee list', () => {
  it('counts, checks people in and takes a check-in back', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/events/e1/attendees', { as: animator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Participants' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Apéro du réseau à Lille' })).toHaveAttribute('href', '/events/e1');
    const counts = () => screen.getByRole('region', { name: 'En chiffres' });
    expect(within(counts()).getByText('Inscrit·es').nextElementSibling).toHaveTextContent('2');
    expect(within(counts()).getByText('Présent·es').nextElementSibling).toHaveTextContent('1');
    expect(within(counts()).getByText("En liste d'attente").nextElementSibling).toHaveTextContent('1');

    // Registered people by name, then the waiting list.
    const list = screen.getByRole('list', { name: "Personnes inscrites et en liste d'attente" });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.attendee__name')?.textContent)).toEqual([
      'Élodie Bernard',
      'Camille Durand',
      'Jules Petit',
    ]);
    expect(within(rows[0]).getByText('arrivé·e à 18:42')).toBeInTheDocument();
    expect(within(rows[2]).getByText("En liste d'attente (position 1)")).toBeInTheDocument();
    // Only registered people are checked in.
    expect(within(rows[2]).queryByRole('button')).not.toBeInTheDocument();

    const camilleButton = within(rows[1]).getByRole('button', { name: 'Présent·e : Camille Durand' });
    expect(camilleButton).toHaveAttribute('aria-pressed', 'false');
    await user.click(camilleButton);
    await waitFor(() => expect(camilleButton).toHaveAttribute('aria-pressed', 'true'));
    expect(within(counts()).getByText('Présent·es').nextElementSibling).toHaveTextContent('2');
    expect(recorder.find('POST', '/events/e1/attendees/r1/check-in')).toHaveLength(1);

    // A wrong tap: undone.
    await user.click(camilleButton);
    await waitFor(() => expect(camilleButton).toHaveAttribute('aria-pressed', 'false'));
    expect(recorder.find('DELETE', '/events/e1/attendees/r1/check-in')).toHaveLength(1);
    expect(within(counts()).getByText('Présent·es').nextElementSibling).toHaveTextContent('1');
    recorder.stop();
  });

  it('finds people by name, accents aside', async () => {
    const { user } = renderApp('/events/e1/attendees', { as: animator });
    const search = await screen.findByRole('searchbox', { name: 'Chercher par nom' });
    await user.type(search, 'elo');
    const list = screen.getByRole('list', { name: "Personnes inscrites et en liste d'attente" });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('Élodie Bernard')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('Personne ne correspond à cette recherche.')).toBeInTheDocument();
  });

  it('downloads the list as CSV through the API, with the session', async () => {
    server.use(
      http.get(apiUrl('/events/e1/attendees.csv'), () =>
        new HttpResponse('Prénom;Nom\nCamille;Durand\n', {
          headers: {
            'Content-Type': 'text/csv; charset=UTF-8',
            'Content-Disposition': 'attachment; filename="elbasar-attendees-e1.csv"',
          },
        }),
      ),
    );
    const recorder = recordRequests();
    URL.createObjectURL = vi.fn(() => 'blob:attendees');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = renderApp('/events/e1/attendees', { as: animator });

    await user.click(await screen.findByRole('button', { name: 'Télécharger la liste (CSV)' }));
    expect(await screen.findByText('Fichier téléchargé : elbasar-attendees-e1.csv')).toBeInTheDocument();
    expect(clicked).toEqual(['elbasar-attendees-e1.csv']);
    const [request] = recorder.find('GET', '/events/e1/attendees.csv');
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    recorder.stop();
    click.mockRestore();
  });
});
