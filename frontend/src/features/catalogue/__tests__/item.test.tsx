import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item, ItemChange } from '@/lib/api/types';
import { animator, itemDetail, me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let stored: Item;
const history: ItemChange[] = [
  {
    occurredAt: '2026-03-02T10:00:00Z',
    actorId: 'p1',
    actorName: 'Camille Durand',
    action: 'updated',
    changes: { title: { from: 'a', to: 'b' }, price: { from: 'null', to: '40' } },
  },
  { occurredAt: '2026-03-01T09:00:00Z', actorId: 'p1', actorName: 'Camille Durand', action: 'created', changes: {} },
];

function serve(item: Item) {
  stored = item;
  server.use(
    http.get(apiUrl('/offers/:id'), () => HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } })),
    http.get(apiUrl('/offers/:id/history'), () => HttpResponse.json(history)),
  );
}

const path = () => `/offers/${stored.id}`;

beforeEach(() => serve(itemDetail()));

describe('item page', () => {
  it('tells visitors to sign in for the contact', async () => {
    serve(itemDetail({ contact: null }));
    renderApp(path());

    expect(await screen.findByRole('heading', { level: 1, name: "Prêt d'une remorque bâchée" })).toBeInTheDocument();
    expect(screen.getByText('Prêt gratuit aux adhérents, 48 h maximum.')).toBeInTheDocument();
    expect(screen.getByText('40 €')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Les Ateliers du Réemploi' })).toHaveAttribute(
      'href',
      `/organisations/${stored.organisation.id}`,
    );
    expect(screen.getByRole('link', { name: 'Connectez-vous pour voir le contact' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(path())}`,
    );
    expect(screen.queryByRole('heading', { name: 'Gérer l’annonce' })).not.toBeInTheDocument();
  });

  it('shows the author’s contact when the API gives it', async () => {
    serve(itemDetail({ contact: { authorName: 'Camille Durand', email: 'camille@ateliers.example', phone: null } }));
    renderApp(path(), { as: me({ organisation: null }) });

    expect(await screen.findByRole('link', { name: 'camille@ateliers.example' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:camille@ateliers\.example/),
    );
    expect(screen.getByText('Camille Durand')).toBeInTheDocument();
    expect(screen.queryByText('Téléphone')).not.toBeInTheDocument();
  });

  it('says the contact is for members when signed in without it', async () => {
    serve(itemDetail({ contact: null }));
    renderApp(path(), { as: me({ roles: [], organisation: null }) });

    expect(await screen.findByText('Le contact est visible des structures adhérentes.')).toBeInTheDocument();
  });

  it('lets its organisation publish a draft, and shows the history', async () => {
    serve(itemDetail({ status: 'DRAFT', editable: true, publishedAt: null }));
    server.use(
      http.post(apiUrl('/offers/:id/publish'), () => {
        stored = { ...stored, status: 'PUBLISHED', version: stored.version + 1 };
        return HttpResponse.json(stored);
      }),
    );
    const { user } = renderApp(path(), { as: me() });

    const panel = await screen.findByRole('region', { name: "Gérer l'annonce" });
    expect(screen.getAllByText('Brouillon').length).toBeGreaterThan(0);
    expect(within(panel).getByRole('link', { name: 'Modifier' })).toHaveAttribute('href', `${path()}/edit`);
    expect(within(panel).queryByRole('button', { name: 'Retirer du catalogue' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText('Annonce publiée.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Retirer du catalogue' })).toBeInTheDocument());
    expect(within(panel).getByRole('button', { name: 'Prolonger de 90 jours' })).toBeInTheDocument();

    const historyPanel = screen.getByRole('region', { name: 'Historique' });
    expect(await within(historyPanel).findByText(/modification : titre, prix/)).toBeInTheDocument();
    expect(within(historyPanel).getAllByText('Camille Durand')).toHaveLength(2);
  });

  it('shows why the server refused a photo, and checks the next one before sending it', async () => {
    const recorder = recordRequests();
    serve(itemDetail({ editable: true }));
    server.use(
      http.post(apiUrl('/offers/:id/photos'), () =>
        problem(413, 'Photo trop lourde', { violations: [{ field: 'file', message: 'la photo dépasse 5 Mo' }] }),
      ),
    );
    const { user } = renderApp(path(), { as: me() });
    await screen.findByRole('region', { name: 'Photos' });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;

    await user.upload(input, new File(['jpeg'], 'remorque.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText('la photo dépasse 5 Mo')).toBeInTheDocument();

    // A phone's file picker may offer any file despite `accept`: it is not sent.
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'devis.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('Seules les photos JPEG et PNG sont acceptées.')).toBeInTheDocument();
    const posts = recorder.find('POST', `/offers/${stored.id}/photos`);
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((await posts[0].formData()).get('file')).toMatchObject({ type: 'image/jpeg', size: 4 });
  });

  it('removes a photo', async () => {
    const recorder = recordRequests();
    const photo = { id: 'f1', url: '/api/v1/photos/f1', thumbnailUrl: '/api/v1/photos/f1/thumbnail', width: 800, height: 600 };
    serve(itemDetail({ editable: true, photos: [photo] }));
    server.use(
      http.delete(apiUrl('/offers/:id/photos/:photoId'), () => {
        stored = { ...stored, photos: [] };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp(path(), { as: me() });

    expect(await screen.findByRole('img', { name: "Photo 1 de « Prêt d'une remorque bâchée »" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retirer la photo 1' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer la photo 1' })).not.toBeInTheDocument());
    expect(recorder.find('DELETE', `/offers/${stored.id}/photos/f1`)).toHaveLength(1);
  });

  it('fetches with the session a photo the API keeps from anonymous browsers (a draft’s)', async () => {
    const photo = { id: 'f1', url: '/api/v1/photos/f1', thumbnailUrl: '/api/v1/photos/f1/thumbnail', width: 800, height: 600 };
    serve(itemDetail({ editable: true, status: 'DRAFT', photos: [photo] }));
    server.use(
      http.get(apiUrl('/photos/:id/thumbnail'), ({ request }) =>
        request.headers.get('Authorization') === 'Bearer test-token'
          ? new HttpResponse(new Blob(['jpeg'], { type: 'image/jpeg' }))
          : problem(404, 'not-found'),
      ),
    );
    URL.createObjectURL = vi.fn(() => 'blob:draft-photo');
    URL.revokeObjectURL = vi.fn();
    renderApp(path(), { as: me() });

    const images = await screen.findAllByRole('img', { name: "Photo 1 de « Prêt d'une remorque bâchée »" });
    images.forEach((image) => expect(image).toHaveAttribute('src', photo.thumbnailUrl));
    // the browser's own request, without the token, is refused
    images.forEach((image) => fireEvent.error(image));
    await waitFor(() =>
      screen
        .getAllByRole('img', { name: "Photo 1 de « Prêt d'une remorque bâchée »" })
        .forEach((image) => expect(image).toHaveAttribute('src', 'blob:draft-photo')),
    );
  });

  it('shows the animators’ reason to the organisation when the item is hidden', async () => {
    serve(
      itemDetail({ editable: true, moderation: { hiddenAt: '2026-03-05T10:00:00Z', reason: 'Annonce commerciale' } }),
    );
    renderApp(path(), { as: me() });

    expect(await screen.findByText('Motif : Annonce commerciale')).toBeInTheDocument();
    expect(screen.getByText("Masquée par l'équipe d'animation")).toBeInTheDocument();
  });

  it('lets an animator hide the item, with a reason', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/offers/:id/hide'), async ({ request }) => {
        const { reason } = (await request.json()) as { reason: string };
        stored = { ...stored, moderation: { hiddenAt: '2026-03-05T10:00:00Z', reason } };
        return HttpResponse.json(stored);
      }),
    );
    const { user } = renderApp(path(), { as: animator });

    await user.click(await screen.findByRole('button', { name: "Masquer l'annonce" }));
    const dialog = await screen.findByRole('dialog', { name: "Masquer « Prêt d'une remorque bâchée »" });
    await user.click(within(dialog).getByRole('button', { name: "Masquer l'annonce" }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(recorder.find('POST', `/offers/${stored.id}/hide`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Motif'), 'Hors charte');
    await user.click(within(dialog).getByRole('button', { name: "Masquer l'annonce" }));

    expect(await screen.findByText('Annonce masquée. Son auteur est prévenu par e-mail.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [hide] = recorder.find('POST', `/offers/${stored.id}/hide`);
    expect(await hide.json()).toEqual({ reason: 'Hors charte' });
    expect(await screen.findByRole('button', { name: "Rétablir l'annonce" })).toBeInTheDocument();
  });

  it('says so when the item does not exist', async () => {
    server.use(http.get(apiUrl('/offers/:id'), () => problem(404, 'Introuvable')));
    renderApp('/offers/00000000-0000-4000-8000-000000000000');

    expect(await screen.findByRole('heading', { level: 1, name: 'Annonce introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir aux offres' })).toHaveAttribute('href', '/offers');
  });
});
