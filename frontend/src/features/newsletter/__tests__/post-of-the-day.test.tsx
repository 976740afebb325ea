import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PostOfTheDay } from '@/lib/api/types';
import { animator } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { post } from './newsletter-data';

let today: PostOfTheDay;
let calls: string[];

beforeEach(() => {
  today = post();
  calls = [];
  server.use(
    http.get(apiUrl('/posts-of-the-day/today'), () => HttpResponse.json(today)),
    http.get(apiUrl('/posts-of-the-day'), () =>
      HttpResponse.json({
        items: [
          post({
            id: 'p0',
            day: '2026-11-27',
            status: 'ACCEPTED',
            exchanges: 2,
            subject: { ...post().subject, title: 'Vélos reconditionnés' },
          }),
          post({
            id: 'p-1',
            day: '2026-11-26',
            status: 'SKIPPED',
            subject: { ...post().subject, kind: 'REQUEST', title: 'Cherche un local' },
          }),
        ],
        total: 2,
        page: 0,
        size: 20,
      }),
    ),
    http.put(apiUrl('/posts-of-the-day/:id'), async ({ request, params }) => {
      const { text } = (await request.json()) as { text: string };
      calls.push(`PUT ${params.id} ${text}`);
      return HttpResponse.json((today = { ...today, text }));
    }),
    http.post(apiUrl('/posts-of-the-day/:id/accept'), ({ params }) => {
      calls.push(`accept ${params.id}`);
      return HttpResponse.json(
        (today = { ...today, status: 'ACCEPTED', decidedBy: 'Alix Martin', decidedAt: '2026-11-28T09:30:00Z' }),
      );
    }),
    http.post(apiUrl('/posts-of-the-day/:id/skip'), ({ params }) => {
      calls.push(`skip ${params.id}`);
      return HttpResponse.json(
        (today = post({
          id: 'p2',
          subject: { ...post().subject, kind: 'EVENT', title: 'Apéro du réseau', mode: null, territory: null },
          text: 'Apéro du réseau jeudi ! https://elbasar.example/events/e1',
          imageUrl: null,
        })),
      );
    }),
  );
});

async function openToday() {
  const view = renderApp('/posts-of-the-day', { as: animator });
  expect(await screen.findByRole('heading', { level: 2, name: /Proposition du 28 novembre 2026/ })).toBeInTheDocument();
  return view;
}

describe('the post of the day', () => {
  it('shows what the post is about, its image and its text with a live character count', async () => {
    const { user } = await openToday();
    const link = screen.getByRole('link', { name: 'Remorque à prêter' });
    expect(link).toHaveAttribute('href', 'https://elbasar.example/offers/i1');
    expect(screen.getByText('Offre · Prêt de matériel')).toBeInTheDocument();
    expect(screen.getByText('Les Ateliers du Réemploi')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Image de « Remorque à prêter »' })).toHaveAttribute(
      'src',
      '/api/v1/offers/i1/photos/1',
    );

    const text = screen.getByLabelText("Texte de l'annonce");
    expect(text).toHaveAccessibleDescription(`${today.text.length} / 500 caractères, lien compris.`);
    await user.clear(text);
    await user.type(text, 'Court.');
    expect(text).toHaveAccessibleDescription('6 / 500 caractères, lien compris.');
  });

  it('refuses more than 500 characters, saying how many are too many', async () => {
    const { user } = await openToday();
    const text = screen.getByLabelText("Texte de l'annonce");
    await user.clear(text);
    await user.click(text);
    await user.paste('x'.repeat(503));
    expect(text).toHaveAccessibleDescription(/3 caractères de trop : 500 au plus, lien compris\./);

    await user.click(screen.getByRole('button', { name: 'Enregistrer le texte' }));
    expect(await screen.findByLabelText("Texte de l'annonce")).toHaveAccessibleDescription(/500 caractères au plus/);
    expect(calls).toEqual([]);
  });

  it('copies the text, saves the edit before accepting, and says it is accepted', async () => {
    const { user } = await openToday();
    await user.click(screen.getByRole('button', { name: 'Copier le texte' }));
    expect(await screen.findByText('Texte copié : collez-le dans votre publication.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(today.text);

    const text = screen.getByLabelText("Texte de l'annonce");
    await user.clear(text);
    await user.type(text, 'Une remorque à prêter à Lille ! https://elbasar.example/offers/i1');
    await user.click(screen.getByRole('button', { name: 'Accepter' }));

    expect(await screen.findByText("Annonce acceptée : elle compte comme l'annonce du jour.")).toBeInTheDocument();
    expect(calls).toEqual(['PUT p1 Une remorque à prêter à Lille ! https://elbasar.example/offers/i1', 'accept p1']);
    expect(screen.getByText(/Acceptée par Alix Martin le 28 novembre 2026/)).toBeInTheDocument();
    // Decided: no more accepting or skipping.
    expect(screen.queryByRole('button', { name: 'Accepter' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Passer — proposer une autre' })).not.toBeInTheDocument();
  });

  it('skips to the next proposal', async () => {
    const { user } = await openToday();
    await user.click(screen.getByRole('button', { name: 'Passer — proposer une autre' }));

    expect(await screen.findByRole('link', { name: 'Apéro du réseau' })).toBeInTheDocument();
    expect(screen.getByText('Proposition passée : en voici une autre.')).toBeInTheDocument();
    expect(screen.getByLabelText("Texte de l'annonce")).toHaveValue(
      'Apéro du réseau jeudi ! https://elbasar.example/events/e1',
    );
    expect(screen.queryByRole('img', { name: /^Image de/ })).not.toBeInTheDocument();
    expect(calls).toEqual(['skip p1']);
  });

  it('lists the previous posts with their status and the exchanges they brought', async () => {
    await openToday();
    const table = await screen.findByRole('table', {
      name: "Annonces des jours précédents, les plus récentes d'abord",
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '27 novembre 2026',
      'Vélos reconditionnésOffre · Les Ateliers du Réemploi',
      'Acceptée',
      '2',
    ]);
    expect(within(rows[2]).getByText('Passée')).toBeInTheDocument();
  });

  it('says so when the catalogue has nothing to put forward', async () => {
    server.use(
      http.get(apiUrl('/posts-of-the-day/today'), () =>
        problem(404, 'Rien à publier', { type: 'https://elbasar.org/problems/nothing-to-post' }),
      ),
    );
    renderApp('/posts-of-the-day', { as: animator });
    expect(await screen.findByText("Rien à proposer aujourd'hui.")).toBeInTheDocument();
    expect(screen.queryByLabelText("Texte de l'annonce")).not.toBeInTheDocument();
  });
});
