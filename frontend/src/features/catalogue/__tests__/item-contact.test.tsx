import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Item } from '@/lib/api/types';
import { introduction, itemDetail, me, offerSuggestion, organisationSuggestion, velo } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

/** A member of Vélo Solidaire, looking at the Ateliers' items. */
const otherMember = me({
  id: 'p2',
  firstName: 'Julien',
  lastName: 'Mercier',
  organisation: { id: velo.id, name: velo.name, status: 'ACTIVE', role: 'MEMBER' },
});

function serve(item: Item) {
  const kind = item.kind === 'OFFER' ? 'offers' : 'requests';
  server.use(
    http.get(apiUrl(`/${kind}/:id`), () => HttpResponse.json(item, { headers: { ETag: `"${item.version}"` } })),
    http.get(apiUrl(`/${kind}/:id/history`), () => HttpResponse.json([])),
  );
  return `/${kind}/${item.id}`;
}

describe('contacting an organisation from its item', () => {
  it('sends a message about another organisation’s offer, and says both got each other’s contact', async () => {
    const recorder = recordRequests();
    const offer = itemDetail();
    server.use(http.post(apiUrl('/introductions'), () => HttpResponse.json(introduction(), { status: 201 })));
    const { user } = renderApp(serve(offer), { as: otherMember });

    await user.click(await screen.findByRole('button', { name: 'Contacter cette structure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Contacter Les Ateliers du Réemploi' });
    const message = within(dialog).getByLabelText('Message');
    expect(message).toHaveValue(
      "Bonjour,\n\nVotre offre « Prêt d'une remorque bâchée » nous intéresse. Pourrions-nous en parler ?\n\n" +
        'Bien cordialement,\nJulien Mercier, Vélo Solidaire',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer' }));

    expect(
      await screen.findByText(
        "Message envoyé : Les Ateliers du Réemploi et vous avez reçu par e-mail les coordonnées l'une de l'autre.",
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Contacter cette structure' })).not.toBeInTheDocument();
    const [post] = recorder.find('POST', '/introductions');
    expect(await post.json()).toEqual({ offerId: offer.id, message: expect.stringContaining('Votre offre') });
  });

  it('offers help on another organisation’s request', async () => {
    const recorder = recordRequests();
    const request = itemDetail({ id: 'r1', kind: 'REQUEST', title: 'Cherche une remorque' });
    server.use(http.post(apiUrl('/introductions'), () => HttpResponse.json(introduction(), { status: 201 })));
    const { user } = renderApp(serve(request), { as: otherMember });

    await user.click(await screen.findByRole('button', { name: 'Je peux aider' }));
    const dialog = await screen.findByRole('dialog', { name: 'Proposer votre aide à Les Ateliers du Réemploi' });
    await user.clear(within(dialog).getByLabelText('Message'));
    await user.type(within(dialog).getByLabelText('Message'), 'Nous avons une remorque libre samedi.');
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer' }));

    expect(await screen.findByText(/Message envoyé/)).toBeInTheDocument();
    expect(await recorder.find('POST', '/introductions')[0].json()).toEqual({
      requestId: 'r1',
      message: 'Nous avons une remorque libre samedi.',
    });
  });

  it('leads to declaring the exchange that came of it', async () => {
    const offer = itemDetail();
    renderApp(serve(offer), { as: otherMember });
    expect(await screen.findByRole('link', { name: 'Un échange a eu lieu ? Déclarez-le' })).toHaveAttribute(
      'href',
      `/exchanges/new?offerId=${offer.id}`,
    );
  });

  it('asks for a message before sending', async () => {
    const recorder = recordRequests();
    const { user } = renderApp(serve(itemDetail()), { as: otherMember });

    await user.click(await screen.findByRole('button', { name: 'Contacter cette structure' }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Message'));
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer' }));

    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(recorder.find('POST', '/introductions')).toHaveLength(0);
  });

  it('is not offered on the organisation’s own items', async () => {
    const path = serve(itemDetail());
    renderApp(path, { as: me() });
    expect(await screen.findByRole('heading', { level: 1, name: "Prêt d'une remorque bâchée" })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contacter cette structure' })).not.toBeInTheDocument();
  });

  it('shows the suggestions on the organisation’s own published request', async () => {
    const request = itemDetail({ id: 'r1', kind: 'REQUEST', title: 'Cherche une remorque', editable: true });
    server.use(
      http.get(apiUrl('/requests/:id/suggestions'), () => HttpResponse.json([offerSuggestion, organisationSuggestion])),
    );
    renderApp(serve(request), { as: me() });

    const suggestions = await screen.findByRole('region', { name: 'Suggestions' });
    const offer = await within(suggestions).findByRole('article', { name: 'Prêt d’un vélo-cargo avec remorque' });
    expect(within(offer).getByRole('link', { name: 'Prêt d’un vélo-cargo avec remorque' })).toHaveAttribute(
      'href',
      `/offers/${offerSuggestion.offer!.id}`,
    );
    expect(within(offer).getByText(/Même catégorie/)).toBeInTheDocument();
    expect(within(suggestions).getByRole('link', { name: 'Transports Solidaires du Nord' })).toHaveAttribute(
      'href',
      '/organisations/org-transport',
    );
    expect(screen.queryByRole('button', { name: 'Je peux aider' })).not.toBeInTheDocument();
  });
});
