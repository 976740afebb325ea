import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '@/lib/api/types';
import { animator, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const admin = me({ id: 'ad1', firstName: 'Sam', lastName: 'Leroy', roles: ['ADMIN'], organisation: null });

const DIGEST: Job = {
  name: 'saved-search-digest',
  description: 'Envoie à chaque recherche enregistrée ses nouveaux résultats du jour',
  schedule: { cron: '0 0 7 * * ?', timeZone: 'Europe/Paris', every: null },
  nextRun: '2026-12-09T06:00:00Z',
  lastRun: {
    startedAt: '2026-12-08T06:00:00Z',
    durationMs: 1840,
    outcome: 'SUCCEEDED',
    instance: 'node-a1765173600000',
    error: null,
  },
};
const MAINTENANCE: Job = {
  name: 'catalogue-maintenance',
  description: 'Fait expirer les annonces échues et prévient leurs auteurs 7 jours avant',
  schedule: { cron: null, timeZone: null, every: 'PT1H' },
  nextRun: '2026-12-08T10:00:00Z',
  lastRun: null,
};
const RETENTION: Job = {
  name: 'retention',
  description: 'Supprime ce qui a dépassé sa durée de conservation',
  schedule: { cron: '0 30 3 * * ?', timeZone: 'Europe/Paris', every: null },
  nextRun: '2026-12-09T02:30:00Z',
  lastRun: {
    startedAt: '2026-12-08T02:30:00Z',
    durationMs: 120,
    outcome: 'FAILED',
    instance: 'node-b1765173600000',
    error: 'java.lang.IllegalStateException: database unavailable',
  },
};

/** The jobs the API lists, and the runs asked for. */
let jobs: Job[];
let runsAsked: string[];

beforeEach(() => {
  jobs = [MAINTENANCE, RETENTION, DIGEST];
  runsAsked = [];
  server.use(
    http.get(apiUrl('/admin/jobs'), () => HttpResponse.json(jobs)),
    http.post(apiUrl('/admin/jobs/:name/runs'), ({ params }) => {
      runsAsked.push(String(params.name));
      return new HttpResponse(null, { status: 202 });
    }),
  );
});

describe('the periodic jobs page', () => {
  it('shows each job with its schedule, last run, outcome, duration and next run', async () => {
    renderApp('/admin/jobs', { as: admin });

    const table = await screen.findByRole('table', { name: 'Tâches périodiques, leur dernier et leur prochain passage' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);

    const [maintenance, retention, digest] = rows;
    expect(within(maintenance).getByRole('rowheader')).toHaveTextContent(MAINTENANCE.description);
    expect(maintenance).toHaveTextContent('toutes les 1 h');
    expect(maintenance).toHaveTextContent('Jamais encore');

    expect(retention).toHaveTextContent('Échoué');
    expect(retention).toHaveTextContent('database unavailable');
    expect(retention).toHaveTextContent('120 ms');

    expect(digest).toHaveTextContent('0 0 7 * * ?');
    expect(digest).toHaveTextContent('Réussi');
    expect(digest).toHaveTextContent(/1,8\s?s/);
    expect(digest).toHaveTextContent('sur node-a1765173600000');
    const times = within(digest).getAllByText(/2026/).map((text) => text.closest('time')?.getAttribute('dateTime'));
    expect(times).toEqual([DIGEST.lastRun?.startedAt, DIGEST.nextRun]);

    // The admins' menu leads here.
    expect(screen.getByRole('link', { name: 'Tâches périodiques' })).toHaveAttribute('href', '/admin/jobs');
  });

  it('runs a job now and says it started', async () => {
    const { user } = renderApp('/admin/jobs', { as: admin });

    await user.click(await screen.findByRole('button', { name: `Lancer maintenant : ${DIGEST.description}` }));

    expect(await screen.findByText(`Lancée : ${DIGEST.description}. Son passage apparaîtra ici une fois terminé.`)).toBeInTheDocument();
    expect(runsAsked).toEqual(['saved-search-digest']);
  });

  it('is for admins only', async () => {
    renderApp('/admin/jobs', { as: animator });
    expect(await screen.findByRole('heading', { name: 'Accès réservé' })).toBeInTheDocument();
  });
});
