import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Newsletter, NewsletterEdit } from '@/lib/api/types';
import { animator } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';
import { currentParisMonth } from '../components/edit-model';
import { newsletter } from './newsletter-data';

type PreviewBody = { edit: NewsletterEdit; language: 'fr' | 'en' };

let previews: PreviewBody[];
let current: Newsletter;

const withEtag = (issue: Newsletter) => HttpResponse.json(issue, { headers: { ETag: `"${issue.version}"` } });

beforeEach(() => {
  previews = [];
  current = newsletter();
  server.use(
    http.get(apiUrl('/newsletters/n1'), () => withEtag(current)),
    http.post(apiUrl('/newsletters/n1/preview'), async ({ request }) => {
      const body = (await request.json()) as PreviewBody;
      previews.push(body);
      return HttpResponse.json({
        subject: `Aperçu ${body.language}`,
        html: `<html><body><p>${body.edit.editorialFr}</p></body></html>`,
        text: `Texte : ${body.edit.editorialFr}`,
      });
    }),
  );
});

async function openEditor() {
  const view = renderApp('/newsletters/n1/edit', { as: animator });
  expect(
    await screen.findByRole('heading', { level: 1, name: "La lettre d'elBasar — décembre 2026" }),
  ).toBeInTheDocument();
  return view;
}

describe('the newsletter editor', () => {
  it('sends the items in their order and with the choices made: pinned, removed, moved in their section', async () => {
    let saved: { body: NewsletterEdit; ifMatch: string | null } | undefined;
    server.use(
      http.put(apiUrl('/newsletters/n1'), async ({ request }) => {
        saved = { body: (await request.json()) as NewsletterEdit, ifMatch: request.headers.get('If-Match') };
        current = newsletter({ version: 4, editorialFr: saved.body.editorialFr });
        return withEtag(current);
      }),
    );
    const { user } = await openEditor();
    const offers = screen.getByRole('region', { name: /Offres/ });
    // The first of a section cannot go up, the last cannot go down.
    expect(within(offers).getByRole('button', { name: 'Monter « Remorque à prêter »' })).toBeDisabled();
    expect(within(offers).getByRole('button', { name: 'Descendre « Vélos reconditionnés »' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Épingler « Conseil en comptabilité »' }));
    await user.click(screen.getByRole('button', { name: 'Monter « Conseil en comptabilité »' }));
    // Focus stays with the item moved: at the top of its section now, on its other arrow.
    expect(screen.getByRole('button', { name: 'Descendre « Conseil en comptabilité »' })).toHaveFocus();
    expect(
      screen.getByText('« Conseil en comptabilité » est maintenant en position 1 sur 3 dans Offres.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retirer « Cherche un local à Lille »' }));
    expect(screen.getByRole('button', { name: 'Rétablir « Cherche un local à Lille »' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Descendre « Remorque à prêter »' }));
    const editorial = screen.getByLabelText(/Édito en français/);
    await user.clear(editorial);
    await user.type(editorial, 'Un mois riche en échanges.');
    expect(screen.getByText("Modifications non enregistrées : l'aperçu les montre déjà.")).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Lettre enregistrée.')).toBeInTheDocument();
    expect(saved).toEqual({
      ifMatch: '"3"',
      body: {
        editorialFr: 'Un mois riche en échanges.',
        editorialEn: 'Hello everyone.',
        items: [
          { id: 'm1', pinned: false, removed: false },
          { id: 'o2', pinned: true, removed: false },
          { id: 'o3', pinned: false, removed: false },
          { id: 'o1', pinned: false, removed: false },
          { id: 'r1', pinned: false, removed: true },
        ],
      },
    });
    expect(screen.queryByText(/Modifications non enregistrées/)).not.toBeInTheDocument();
  });

  it('previews the unsaved edit, in French or English, as HTML in a sandboxed frame or as plain text', async () => {
    const { user } = await openEditor();
    const frame = await screen.findByTitle('Aperçu de la lettre (Français)');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Bonjour à toutes et à tous.');

    const editorial = screen.getByLabelText(/Édito en français/);
    await user.clear(editorial);
    await user.type(editorial, 'Édito pas encore enregistré');

    // Asked once typing pauses, with the edit as it is on screen.
    await waitFor(() =>
      expect(screen.getByTitle('Aperçu de la lettre (Français)').getAttribute('srcdoc')).toContain(
        'Édito pas encore enregistré',
      ),
    );
    const last = previews.at(-1)!;
    expect(last).toMatchObject({ language: 'fr', edit: { editorialFr: 'Édito pas encore enregistré' } });
    expect(last.edit.items).toHaveLength(5);
    // Typing does not ask for a preview per key.
    expect(previews.length).toBeLessThan(6);

    const language = screen.getByRole('radiogroup', { name: "Langue de l'aperçu" });
    await user.click(within(language).getByRole('radio', { name: 'English' }));
    expect(await screen.findByTitle('Aperçu de la lettre (English)')).toBeInTheDocument();
    expect(previews.at(-1)).toMatchObject({ language: 'en', edit: { editorialFr: 'Édito pas encore enregistré' } });
    expect(screen.getByText('Aperçu en')).toBeInTheDocument();

    const format = screen.getByRole('radiogroup', { name: "Format de l'aperçu" });
    await user.click(within(format).getByRole('radio', { name: 'Texte brut' }));
    expect(screen.getByText('Texte : Édito pas encore enregistré')).toBeInTheDocument();
    expect(screen.queryByTitle(/Aperçu de la lettre/)).not.toBeInTheDocument();
  });

  it('says when someone else saved the issue meanwhile, and reloads their version', async () => {
    const ifMatches: (string | null)[] = [];
    server.use(
      http.put(apiUrl('/newsletters/n1'), ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        return ifMatches.length === 1
          ? problem(412, 'Modifiée entre-temps')
          : withEtag(newsletter({ version: 5, editorialFr: 'Édito de Sam, complété' }));
      }),
    );
    const { user } = await openEditor();
    await user.type(screen.getByLabelText(/Édito en français/), ' Et bonne fin d’année.');
    // Meanwhile, Sam saved their editorial.
    current = newsletter({ version: 4, editorialFr: 'Édito de Sam' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Quelqu'un d'autre a modifié ces informations entre-temps/,
    );
    await user.click(screen.getByRole('button', { name: 'Recharger' }));

    await waitFor(() => expect(screen.getByLabelText(/Édito en français/)).toHaveValue('Édito de Sam'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Édito en français/), ', complété');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Lettre enregistrée.')).toBeInTheDocument();
    // The second save is made on the version reloaded.
    expect(ifMatches).toEqual(['"3"', '"4"']);
  });

  it('saves unsaved changes before sending a test to the animator', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/newsletters/n1'), () =>
        withEtag((current = newsletter({ version: 4, editorialFr: 'Nouvel édito' }))),
      ),
      http.post(apiUrl('/newsletters/n1/test'), () => new HttpResponse(null, { status: 202 })),
    );
    const { user } = await openEditor();
    const editorial = screen.getByLabelText(/Édito en français/);
    await user.clear(editorial);
    await user.type(editorial, 'Nouvel édito');
    await user.click(screen.getByRole('button', { name: "M'envoyer un test" }));

    expect(
      await screen.findByText('Un exemplaire de test part vers votre adresse (animation@elbasar.test).'),
    ).toBeInTheDocument();
    const calls = recorder.requests
      .filter((request) => request.method !== 'GET' && !request.url.endsWith('/preview'))
      .map((request) => `${request.method} ${new URL(request.url).pathname}`);
    recorder.stop();
    expect(calls).toEqual(['PUT /api/v1/newsletters/n1', 'POST /api/v1/newsletters/n1/test']);
  });

  it('asks before sending, then shows the progress until every subscriber has it', async () => {
    let sendIfMatch: string | null = null;
    server.use(
      http.post(apiUrl('/newsletters/n1/send'), ({ request }) => {
        sendIfMatch = request.headers.get('If-Match');
        current = newsletter({ status: 'SENDING', version: 4, progress: { total: 3, sent: 0, failed: 0, pending: 3 } });
        return withEtag(current);
      }),
    );
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Envoyer…' }));

    const dialog = await screen.findByRole('dialog', { name: "Envoyer « La lettre d'elBasar — décembre 2026 »" });
    expect(within(dialog).getByText(/La lettre part à toutes les personnes abonnées/)).toBeInTheDocument();
    expect(within(dialog).getByText('Un envoi ne peut pas être annulé.')).toBeInTheDocument();
    // Nothing is sent until confirmed.
    expect(sendIfMatch).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer maintenant' }));

    const progress = await within(dialog).findByRole('progressbar', { name: 'Envoi de la lettre' });
    expect(progress).toHaveAttribute('aria-valuetext', '0 envoyées sur 3');
    expect(within(dialog).getByText('Envoi à 3 destinataires en cours…')).toBeInTheDocument();
    expect(sendIfMatch).toBe('"3"');

    // The issue is asked for again every second while it is being sent.
    current = newsletter({ status: 'SENDING', version: 4, progress: { total: 3, sent: 2, failed: 0, pending: 1 } });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuetext', '2 envoyées sur 3'), { timeout: 5000 });
    current = newsletter({
      status: 'SENT',
      version: 4,
      sentAt: '2026-12-01T09:00:00Z',
      progress: { total: 3, sent: 3, failed: 0, pending: 0 },
      actions: [],
    });
    expect(
      await within(dialog).findByText('Lettre envoyée à 3 destinataires.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');

    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The page now shows the issue as sent, with its link in the archive.
    expect(screen.getByRole('link', { name: 'Lire la lettre en ligne' })).toHaveAttribute('href', '/newsletter/n1');
    expect(screen.queryByRole('button', { name: 'Envoyer…' })).not.toBeInTheDocument();
  });

  it("offers to compose this month's draft when there is none, and opens it", async () => {
    let composed: unknown;
    server.use(
      http.get(apiUrl('/newsletters'), () =>
        HttpResponse.json({
          items: [
            newsletter({
              id: 'old',
              month: '2020-01',
              title: 'La lettre de janvier 2020',
              status: 'SENT',
              sentAt: '2020-01-03T09:00:00Z',
            }),
          ],
          total: 1,
          page: 0,
          size: 24,
        }),
      ),
      http.post(apiUrl('/newsletters'), async ({ request }) => {
        composed = await request.json();
        return withEtag(current);
      }),
    );
    const { user, router } = renderApp('/newsletters', { as: animator });
    expect(await screen.findByRole('link', { name: 'La lettre de janvier 2020' })).toHaveAttribute(
      'href',
      '/newsletters/old/edit',
    );
    await user.click(screen.getByRole('button', { name: /^Composer la lettre de / }));

    await waitFor(() => expect(currentUrl(router)).toBe('/newsletters/n1/edit'));
    expect(composed).toEqual({ month: currentParisMonth() });
    expect(await screen.findByLabelText(/Édito en français/)).toHaveValue('Bonjour à toutes et à tous.');
  });

  it('keeps members out of the editor', async () => {
    renderApp('/newsletters', { as: { ...animator, roles: ['MEMBER'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });
});
