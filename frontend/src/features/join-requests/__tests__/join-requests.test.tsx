import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JoinRequest } from '@/lib/api/types';
import { animator, me, organisationDetail } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const pending = (id: string, name: string): JoinRequest => ({
  organisation: organisationDetail({ id, name, status: 'PENDING', joinedAt: null, contact: null }),
  applicant: { firstName: 'Sam', lastName: 'Leroy', email: `sam@${id}.example` },
  submittedAt: '2026-03-20T08:30:00Z',
  charterVersion: 2,
});

let queue: JoinRequest[];

beforeEach(() => {
  queue = [pending('org-1', 'Recyclerie du Nord'), pending('org-2', 'Café Solidaire')];
  server.use(
    http.get(apiUrl('/join-requests'), () => HttpResponse.json({ items: queue, total: queue.length, page: 0, size: 20 })),
    http.post(apiUrl('/join-requests/:id/approve'), ({ params }) => {
      queue = queue.filter((request) => request.organisation.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(apiUrl('/join-requests/:id/reject'), ({ params }) => {
      queue = queue.filter((request) => request.organisation.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
});

const card = (name: string) => screen.getByRole('article', { name });

describe('join-request queue', () => {
  it('shows each waiting organisation with who asked', async () => {
    renderApp('/join-requests', { as: animator });

    expect(await screen.findByText('2 demandes en attente.')).toBeInTheDocument();
    expect(within(card('Recyclerie du Nord')).getByText(/Sam Leroy/)).toBeInTheDocument();
    expect(within(card('Café Solidaire')).getByRole('link', { name: 'sam@org-2.example' })).toBeInTheDocument();
  });

  it('approves an organisation, which leaves the queue', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/join-requests', { as: animator });
    await screen.findByRole('article', { name: 'Recyclerie du Nord' });

    await user.click(within(card('Recyclerie du Nord')).getByRole('button', { name: "Valider l'adhésion" }));

    expect(await screen.findByText('Recyclerie du Nord est maintenant adhérente.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Recyclerie du Nord' })).not.toBeInTheDocument());
    expect(recorder.find('POST', '/join-requests/org-1/approve')).toHaveLength(1);
  });

  it('rejects with a reason given in a dialog', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/join-requests', { as: animator });
    await screen.findByRole('article', { name: 'Café Solidaire' });

    await user.click(within(card('Café Solidaire')).getByRole('button', { name: 'Refuser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuser la demande de Café Solidaire' });
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la demande' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(recorder.find('POST', '/join-requests/org-2/reject')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Motif du refus'), 'Siège hors Hauts-de-France.');
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la demande' }));

    expect(await screen.findByText('La demande de Café Solidaire est refusée.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [reject] = recorder.find('POST', '/join-requests/org-2/reject');
    expect(await reject.json()).toEqual({ reason: 'Siège hors Hauts-de-France.' });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Café Solidaire' })).not.toBeInTheDocument());
  });

  it('is closed to people who are not animators', async () => {
    renderApp('/join-requests', { as: me() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });

  it('sends signed-out visitors to sign in first', async () => {
    const { router } = renderApp('/join-requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fjoin-requests');
  });
});
