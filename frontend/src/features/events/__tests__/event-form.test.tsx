import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventInput } from '@/lib/api/types';
import { animator, eventView, me } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

/** A datetime-local field takes its value whole, as a phone's picker gives it. */
function setDateTime(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillEvent(user: User, { place = true }: { place?: boolean } = {}) {
  await user.click(await screen.findByRole('button', { name: /Type d'événement/ }));
  await user.click(await screen.findByRole('option', { name: 'Apéro' }));
  await user.type(screen.getByLabelText('Titre'), 'Apéro du réseau à Lille');
  await user.type(screen.getByRole('combobox', { name: 'Territoire' }), 'Lil');
  await user.click(await screen.findByRole('option', { name: /^Lille/ }));
  if (place) await user.type(screen.getByLabelText(/Lieu et adresse/), 'La Gare Saint-Sauveur');
  setDateTime('Début', '2027-03-25T18:30');
  setDateTime('Fin', '2027-03-25T20:30');
}

let sent: EventInput | undefined;

beforeEach(() => {
  sent = undefined;
  server.use(
    http.post(apiUrl('/events'), async ({ request }) => {
      sent = (await request.json()) as EventInput;
      return HttpResponse.json(eventView({ id: 'e-new' }), { status: 201 });
    }),
    http.get(apiUrl('/events/e-new'), () => HttpResponse.json(eventView({ id: 'e-new', actions: ['EDIT'] }))),
    http.put(apiUrl('/events/e-new/image'), () =>
      HttpResponse.json(eventView({ id: 'e-new', imageUrl: '/api/v1/events/e-new/image' })),
    ),
  );
});

describe('the event form', () => {
  it('checks the times and the place before sending', async () => {
    const { user } = renderApp('/events/new', { as: animator });
    await fillEvent(user, { place: false });
    setDateTime('Fin', '2027-03-25T17:00');
    setDateTime(/Date limite d'inscription/, '2027-03-26T12:00');
    await user.type(screen.getByLabelText(/Nombre de places/), '0');
    await user.click(screen.getByRole('button', { name: "Publier l'événement" }));

    expect(await screen.findByLabelText('Fin')).toHaveAccessibleDescription(/La fin doit être après le début/);
    expect(screen.getByLabelText(/Lieu et adresse/)).toHaveAccessibleDescription(/Indiquez un lieu ou un lien en ligne/);
    expect(screen.getByLabelText(/Date limite d'inscription/)).toHaveAccessibleDescription(
      /La date limite d'inscription ne peut pas être après le début/,
    );
    expect(screen.getByLabelText(/Nombre de places/)).toHaveAccessibleDescription(/Indiquez un nombre entier de places/);
    expect(sent).toBeUndefined();

    // An online link is enough as a place; it must be a full address.
    await user.type(screen.getByLabelText(/Lien en ligne/), 'visio.example.org');
    await user.click(screen.getByRole('button', { name: "Publier l'événement" }));
    expect(await screen.findByLabelText(/Lien en ligne/)).toHaveAccessibleDescription(/Saisissez une adresse complète/);
    expect(sent).toBeUndefined();
  });

  it('lets an animator publish at once, sending Paris wall-clock times', async () => {
    const { user, router } = renderApp('/events/new', { as: animator });
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer un événement' })).toBeInTheDocument();
    expect(screen.getByText("L'événement est publié dans l'agenda dès son enregistrement.")).toBeInTheDocument();
    await fillEvent(user);
    await user.type(screen.getByLabelText(/Nombre de places/), '30');
    // An image, sent once the event exists; a file that is no image is refused before.
    const file = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(file, new File(['png'], 'apero.png', { type: 'image/png' }));
    expect(await screen.findByText('Image choisie : apero.png')).toBeInTheDocument();
    fireEvent.change(file, { target: { files: [new File(['%PDF'], 'programme.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText("L'image doit être au format JPEG ou PNG.")).toBeInTheDocument();
    const recorder = recordRequests();
    await user.click(screen.getByRole('button', { name: "Publier l'événement" }));

    await waitFor(() => expect(currentUrl(router)).toBe('/events/e-new'));
    const [upload] = recorder.find('PUT', '/events/e-new/image');
    recorder.stop();
    expect((await upload.formData()).get('file')).toMatchObject({ type: 'image/png', size: 3 });
    expect(sent).toEqual({
      kind: 'APERO',
      title: 'Apéro du réseau à Lille',
      description: '',
      territoryId: 'commune:59350',
      venue: 'La Gare Saint-Sauveur',
      start: '2027-03-25T18:30',
      end: '2027-03-25T20:30',
      capacity: 30,
    });
    expect(await screen.findByText("Événement publié : il est dans l'agenda du réseau.")).toBeInTheDocument();
  });

  it('tells a member their event is proposed, for an animator to review', async () => {
    // The API proposes what members send.
    server.use(
      http.post(apiUrl('/events'), async ({ request }) => {
        sent = (await request.json()) as EventInput;
        return HttpResponse.json(eventView({ id: 'e-new', status: 'PROPOSED' }), { status: 201 });
      }),
    );
    const { user, router } = renderApp('/events/new', { as: me() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Proposer un événement' })).toBeInTheDocument();
    expect(
      screen.getByText(/Votre proposition sera relue par une animatrice ou un animateur du réseau avant d'être publiée/),
    ).toBeInTheDocument();
    // Their organisation hosts it.
    expect(screen.getByText('Accueilli par votre structure, Les Ateliers du Réemploi.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Structure qui accueille/ })).not.toBeInTheDocument();
    await fillEvent(user);
    await user.click(screen.getByRole('button', { name: "Proposer l'événement" }));

    await waitFor(() => expect(currentUrl(router)).toBe('/events/e-new'));
    expect(sent).toMatchObject({ title: 'Apéro du réseau à Lille' });
    expect(sent).not.toHaveProperty('capacity');
    expect(
      await screen.findByText(
        'Événement proposé : une animatrice ou un animateur va le relire avant de le publier.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the server’s violations on their fields', async () => {
    server.use(
      http.post(apiUrl('/events'), () =>
        problem(400, 'Données invalides', {
          violations: [{ field: 'start', message: "Cette heure n'existe pas à Paris (changement d'heure)." }],
        }),
      ),
    );
    const { user } = renderApp('/events/new', { as: animator });
    await fillEvent(user);
    await user.click(screen.getByRole('button', { name: "Publier l'événement" }));
    await waitFor(() =>
      expect(screen.getByLabelText('Début')).toHaveAccessibleDescription(/Cette heure n'existe pas à Paris/),
    );
  });

  it('edits an event with the version it read, its times shown in Paris time', async () => {
    const current = eventView({
      actions: ['EDIT', 'CANCEL', 'ATTENDEES'],
      host: { id: 'o1', name: 'Les Ateliers du Réemploi' },
      registrationDeadline: '2027-03-24T12:00:00+01:00',
    });
    server.use(
      http.get(apiUrl('/events/e1'), () => HttpResponse.json(current, { headers: { ETag: '"3"' } })),
      http.put(apiUrl('/events/e1'), async ({ request }) => {
        sent = (await request.json()) as EventInput;
        return HttpResponse.json({ ...current, version: 4 }, { headers: { ETag: '"4"' } });
      }),
    );
    const recorder = recordRequests();
    const { user, router } = renderApp('/events/e1/edit', { as: animator });

    expect(await screen.findByRole('heading', { level: 1, name: "Modifier l'événement" })).toBeInTheDocument();
    expect(await screen.findByLabelText('Début')).toHaveValue('2027-03-25T18:30');
    expect(screen.getByLabelText('Fin')).toHaveValue('2027-03-25T20:30');
    expect(screen.getByLabelText(/Date limite d'inscription/)).toHaveValue('2027-03-24T12:00');
    expect(screen.getByRole('combobox', { name: /Structure qui accueille/ })).toHaveValue('Les Ateliers du Réemploi');
    await user.clear(screen.getByLabelText(/Nombre de places/));
    await user.type(screen.getByLabelText(/Nombre de places/), '40');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/events/e1'));
    const [put] = recorder.find('PUT', '/events/e1');
    recorder.stop();
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(sent).toMatchObject({
      capacity: 40,
      start: '2027-03-25T18:30',
      registrationDeadline: '2027-03-24T12:00',
      hostOrganisationId: 'o1',
    });
    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument();
  });

  it('says when someone else saved the event meanwhile', async () => {
    server.use(
      http.get(apiUrl('/events/e1'), () =>
        HttpResponse.json(eventView({ actions: ['EDIT'] }), { headers: { ETag: '"3"' } }),
      ),
      http.put(apiUrl('/events/e1'), () => problem(412, 'Modifié entre-temps')),
    );
    const { user } = renderApp('/events/e1/edit', { as: animator });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByRole('button', { name: 'Recharger' })).toBeInTheDocument();
  });
});
