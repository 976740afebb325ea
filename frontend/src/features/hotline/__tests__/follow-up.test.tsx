import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp, FollowUpAnswer } from '@/lib/api/types';
import { followUp } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let stored: FollowUp;

beforeEach(() => {
  stored = followUp();
  server.use(
    http.get(apiUrl('/follow-ups/:token'), () => HttpResponse.json(stored)),
    http.post(apiUrl('/follow-ups/:token'), async ({ request }) => {
      const { answer } = (await request.json()) as { answer: FollowUpAnswer };
      stored = { ...stored, answer, answeredAt: '2026-11-12T09:00:00Z' };
      return HttpResponse.json(stored);
    }),
  );
});

describe('follow-up link', () => {
  it('records the answer the link carries once, without signing in, and thanks', async () => {
    const recorder = recordRequests();
    // Effects run twice in strict mode: the answer must not be.
    renderApp('/follow-up/tok123/yes', { strict: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Merci pour votre réponse' })).toBeInTheDocument();
    expect(screen.getByText('Votre réponse est enregistrée : Oui.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Mise en relation du 4 novembre 2026 avec Les Ateliers du Réemploi, au sujet de « Cherche une remorque pour un déménagement ».',
      ),
    ).toBeInTheDocument();
    const posts = recorder.find('POST', '/follow-ups/tok123');
    expect(posts).toHaveLength(1);
    expect(await posts[0].json()).toEqual({ answer: 'YES' });
    // a "yes" counts in the figures once declared and confirmed: the page leads there
    expect(screen.getByRole('link', { name: /Déclarez l'échange/ })).toHaveAttribute(
      'href',
      '/exchanges/new?introductionId=7d1c0f3e-5b2a-4c8e-9f10-2a3b4c5d6e7f',
    );
  });

  it('maps "not-yet" in the link to NOT_YET', async () => {
    const recorder = recordRequests();
    renderApp('/follow-up/tok123/not-yet');

    expect(await screen.findByText('Votre réponse est enregistrée : Pas encore.')).toBeInTheDocument();
    expect(await recorder.find('POST', '/follow-ups/tok123')[0].json()).toEqual({ answer: 'NOT_YET' });
  });

  it('asks the question when the link carries no answer', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/follow-up/tok123');

    const question = await screen.findByRole('group', {
      name: 'Un échange a-t-il eu lieu avec Les Ateliers du Réemploi au sujet de « Cherche une remorque pour un déménagement » ?',
    });
    expect(recorder.find('POST', '/follow-ups/tok123')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Non' }));

    expect(await screen.findByText('Votre réponse est enregistrée : Non.')).toBeInTheDocument();
    expect(question).not.toBeInTheDocument();
    expect(await recorder.find('POST', '/follow-ups/tok123')[0].json()).toEqual({ answer: 'NO' });
  });

  it('shows the answer already recorded when the link was used (409)', async () => {
    const recorder = recordRequests();
    stored = followUp({ answer: 'YES', answeredAt: '2026-11-05T09:00:00Z' });
    server.use(http.post(apiUrl('/follow-ups/:token'), () => problem(409, 'Déjà répondu')));
    renderApp('/follow-up/tok123/no');

    expect(await screen.findByRole('heading', { level: 1, name: 'Vous avez déjà répondu' })).toBeInTheDocument();
    expect(screen.getByText('Votre réponse « Oui » est enregistrée depuis le 5 novembre 2026. Merci !')).toBeInTheDocument();
    // The link said "no"; what shows is what the server recorded first.
    expect(await recorder.find('POST', '/follow-ups/tok123')[0].json()).toEqual({ answer: 'NO' });
  });

  it('says clearly when the link has expired (410)', async () => {
    server.use(
      http.get(apiUrl('/follow-ups/:token'), () => problem(410, 'Lien expiré')),
      http.post(apiUrl('/follow-ups/:token'), () => problem(410, 'Lien expiré')),
    );
    renderApp('/follow-up/old-token/yes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lien expiré' })).toBeInTheDocument();
    expect(screen.getByText(/Ce lien de suivi a expiré/)).toBeInTheDocument();
  });

  it('says clearly when the link is unknown (404)', async () => {
    server.use(http.get(apiUrl('/follow-ups/:token'), () => problem(404, 'Introuvable')));
    renderApp('/follow-up/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lien inconnu' })).toBeInTheDocument();
    expect(screen.getByText(/Ce lien de suivi n'existe pas/)).toBeInTheDocument();
  });
});
