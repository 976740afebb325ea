import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Introduction } from '@/lib/api/types';
import { animator, introduction, me, velo } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

let stored: Introduction;

/** A member of Vélo Solidaire, the provider of the fixture's introduction. */
const provider = me({
  id: 'p2',
  firstName: 'Julien',
  lastName: 'Mercier',
  organisation: { id: velo.id, name: velo.name, status: 'ACTIVE', role: 'ORG_ADMIN' },
});

beforeEach(() => {
  stored = introduction();
  server.use(
    http.get(apiUrl('/introductions'), ({ request }) => {
      const nudge = new URL(request.url).searchParams.get('needsNudge') === 'true';
      const items = nudge ? [] : [stored];
      return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
    }),
    http.post(apiUrl('/introductions/:id/accept'), () => {
      stored = { ...stored, status: 'ACCEPTED', respondedAt: '2026-11-05T10:00:00Z' };
      return HttpResponse.json(stored);
    }),
    http.post(apiUrl('/introductions/:id/outcome'), async ({ request }) => {
      const { outcome } = (await request.json()) as { outcome: Introduction['status'] };
      stored = { ...stored, status: outcome, outcomeAt: '2026-11-08T10:00:00Z' };
      return HttpResponse.json(stored);
    }),
  );
});

describe('introductions', () => {
  it('shows the provider the requester’s contact, and lets them accept then record the exchange', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/introductions', { as: provider });

    const card = await screen.findByRole('article', { name: 'Cherche une remorque pour un déménagement' });
    expect(within(card).getByText('Votre structure peut y répondre.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Les Ateliers du Réemploi' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'camille@ateliers-reemploi.example' })).toHaveAttribute(
      'href',
      'mailto:camille@ateliers-reemploi.example',
    );
    // Their own contact is not repeated to them.
    expect(within(card).queryByText('julien@velo-solidaire.example')).not.toBeInTheDocument();
    expect(within(card).getByText('Proposée')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: "Déclarer l'échange : Cherche une remorque pour un déménagement" }),
    ).toHaveAttribute('href', `/exchanges/new?introductionId=${stored.id}`);

    await user.click(within(card).getByRole('button', { name: 'Accepter : Cherche une remorque pour un déménagement' }));
    expect(await screen.findByText('Mise en relation acceptée : Cherche une remorque pour un déménagement.')).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByText('Acceptée')).toBeInTheDocument());
    expect(within(card).queryByRole('button', { name: /^Accepter/ })).not.toBeInTheDocument();

    await user.click(
      within(card).getByRole('button', { name: "L'échange a eu lieu : Cherche une remorque pour un déménagement" }),
    );
    await waitFor(() => expect(within(card).getByText('Échange réalisé')).toBeInTheDocument());
    expect(recorder.find('POST', `/introductions/${stored.id}/accept`)).toHaveLength(1);
    expect(await recorder.find('POST', `/introductions/${stored.id}/outcome`)[0].json()).toEqual({
      outcome: 'EXCHANGE_MADE',
    });
  });

  it('lets the requester record the outcome, not accept', async () => {
    renderApp('/introductions', { as: me() });

    const card = await screen.findByRole('article', { name: 'Cherche une remorque pour un déménagement' });
    expect(within(card).getByText('Votre structure a fait la demande.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'julien@velo-solidaire.example' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /^Accepter/ })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /^Sans suite/ })).toBeInTheDocument();
  });

  it('gives staff both contacts and the "needs a nudge" filter', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/introductions', { as: animator });

    const card = await screen.findByRole('article', { name: 'Cherche une remorque pour un déménagement' });
    expect(within(card).getByRole('heading', { name: 'Structure qui demande' })).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'Structure qui répond' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Seulement celles à relancer' }));
    expect(await screen.findByText('Aucune mise en relation à relancer.')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/introductions?nudge=1');
    const lists = recorder.find('GET', '/introductions');
    expect(new URL(lists[lists.length - 1].url).searchParams.get('needsNudge')).toBe('true');
  });
});
