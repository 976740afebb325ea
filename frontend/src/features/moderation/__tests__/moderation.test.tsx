import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemSummary } from '@/lib/api/types';
import { animator, itemDetail, itemSummary, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let hidden: ItemSummary[];

beforeEach(() => {
  hidden = [
    itemSummary({ title: 'Annonce hors charte', hidden: true, moderationReason: 'Publicité sans lien avec l’ESS' }),
  ];
  server.use(
    http.get(apiUrl('/moderation/items'), ({ request }) => {
      const items = new URL(request.url).searchParams.get('kind') === 'OFFER' ? hidden : [];
      return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
    }),
  );
});

describe('moderation', () => {
  it('lists hidden items with their reason, and restores one', async () => {
    const recorder = recordRequests();
    const { id } = hidden[0];
    server.use(
      http.post(apiUrl('/offers/:id/restore'), () => {
        hidden = [];
        return HttpResponse.json(itemDetail());
      }),
    );
    const { user } = renderApp('/moderation', { as: animator });

    const item = await screen.findByRole('article', { name: 'Annonce hors charte' });
    expect(within(item).getByText('Motif : Publicité sans lien avec l’ESS')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Demandes masquées' })).getByText('Aucune annonce masquée.')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Rétablir « Annonce hors charte »' }));

    expect(await screen.findByText('« Annonce hors charte » est de nouveau dans le catalogue.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Annonce hors charte' })).not.toBeInTheDocument());
    expect(recorder.find('POST', `/offers/${id}/restore`)).toHaveLength(1);
  });

  it('is for the animators', async () => {
    renderApp('/moderation', { as: me() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });
});
