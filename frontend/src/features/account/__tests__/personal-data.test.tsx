import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

/** Catches the file the page hands to the browser: its name and content. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:download-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return { saved };
}

afterEach(() => vi.restoreAllMocks());

describe('my personal data', () => {
  it('says what the file holds and downloads it through the API, with the session', async () => {
    const exported = { exportedAt: '2026-11-28T10:00:00Z', subject: { type: 'person', id: 'p1' }, profile: { email: me().email }, records: {} };
    server.use(
      http.get(apiUrl('/me/data'), () =>
        HttpResponse.json(exported, {
          headers: { 'Content-Disposition': 'attachment; filename="elbasar-donnees-personnelles-2026-11-28.json"' },
        }),
      ),
    );
    const recorder = recordRequests();
    const downloads = catchDownloads();
    const { user } = renderApp('/account', { as: me() });

    const section = await screen.findByRole('region', { name: 'Mes données' });
    expect(within(section).getByText('les offres et demandes que vous avez rédigées ;')).toBeInTheDocument();
    expect(within(section).getByText("vos actions inscrites au journal d'audit.")).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Télécharger mes données (JSON)' }));

    expect(
      await within(section).findByText('Fichier téléchargé : elbasar-donnees-personnelles-2026-11-28.json'),
    ).toBeInTheDocument();
    expect(downloads.saved.map((file) => file.name)).toEqual(['elbasar-donnees-personnelles-2026-11-28.json']);
    expect(JSON.parse(await downloads.saved[0].blob.text())).toEqual(exported);
    const [request] = recorder.find('GET', '/me/data');
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    recorder.stop();
  });

  it('says why the download failed', async () => {
    server.use(http.get(apiUrl('/me/data'), () => problem(503, 'Service indisponible', { detail: 'Réessayez plus tard.' })));
    const downloads = catchDownloads();
    const { user } = renderApp('/account', { as: me() });

    await user.click(await screen.findByRole('button', { name: 'Télécharger mes données (JSON)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez plus tard.');
    expect(downloads.saved).toEqual([]);
  });
});

describe('erasing my account', () => {
  async function openDialog() {
    const view = renderApp('/account', { as: me() });
    await view.user.click(await screen.findByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer mon compte ?' });
    return { ...view, dialog };
  }

  it('says what is erased and what stays, before anything is sent', async () => {
    const recorder = recordRequests();
    const { user, dialog } = await openDialog();

    expect(dialog).toHaveTextContent(/Seront effacés : vos nom, adresse e-mail et mot de passe, et toutes vos sessions/);
    expect(dialog).toHaveTextContent(/recherches enregistrées et votre abonnement à la lettre d'information seront supprimés/);
    expect(dialog).toHaveTextContent(
      /Resteront à votre structure, pour ses chiffres, mais sans votre nom \(« Compte supprimé »\) : les offres et demandes, les échanges et les participations aux événements/,
    );
    expect(dialog).toHaveTextContent("C'est définitif");
    // Nothing goes without the password.
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement mon compte' }));
    expect(within(dialog).getByLabelText('Mot de passe actuel')).toHaveAccessibleDescription(
      expect.stringContaining('Ce champ est obligatoire.'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(recorder.find('POST', '/me/erasure')).toEqual([]);
    recorder.stop();
  });

  it('shows a wrong password on its field', async () => {
    server.use(
      http.post(apiUrl('/me/erasure'), () =>
        problem(400, 'Données invalides', { violations: [{ field: 'password', message: 'Mot de passe incorrect.' }] }),
      ),
    );
    const recorder = recordRequests();
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('Mot de passe actuel'), 'pas-le-bon');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

    const field = within(dialog).getByLabelText('Mot de passe actuel');
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining('Mot de passe incorrect.')));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Still here, still signed in.
    expect(screen.getByRole('dialog', { name: 'Supprimer mon compte ?' })).toBeInTheDocument();
    expect(recorder.find('POST', '/auth/logout')).toEqual([]);
    recorder.stop();
  });

  it("shows why the last admin of an organisation cannot leave it, in the dialog's alert", async () => {
    const detail = "Vous êtes le seul administrateur de La Ressourcerie : nommez d'abord un autre administrateur.";
    server.use(
      http.post(apiUrl('/me/erasure'), () =>
        problem(409, 'Dernier administrateur', {
          type: 'https://elbasar.org/problems/last-organisation-admin',
          detail,
        }),
      ),
    );
    const recorder = recordRequests();
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('Mot de passe actuel'), 'Demo-elbasar-2026!');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(detail);
    expect(screen.getByRole('dialog', { name: 'Supprimer mon compte ?' })).toBeInTheDocument();
    expect(recorder.find('POST', '/auth/logout')).toEqual([]);
    recorder.stop();
  });

  it('sends the password, then signs out and says so on the home page', async () => {
    let sent: unknown;
    server.use(
      http.post(apiUrl('/me/erasure'), async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const recorder = recordRequests();
    const { user, dialog, router } = await openDialog();

    await user.type(within(dialog).getByLabelText('Mot de passe actuel'), 'Demo-elbasar-2026!');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

    expect(await screen.findByText('Votre compte a été supprimé.')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/');
    expect(sent).toEqual({ password: 'Demo-elbasar-2026!' });
    expect(recorder.find('POST', '/me/erasure')[0].headers.get('Authorization')).toBe('Bearer test-token');
    // Signed out here too: the header offers to sign in again.
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Compte de / })).not.toBeInTheDocument();
    expect(recorder.find('POST', '/auth/logout')).toHaveLength(1);
    recorder.stop();
  });
});
