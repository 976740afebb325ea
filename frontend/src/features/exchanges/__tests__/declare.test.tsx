import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExchangeInput } from '@/lib/api/types';
import { ateliers, eventView, exchange, exchangeDetail, introduction, me, valuationRules, velo } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

async function choose(user: User, field: RegExp, option: string) {
  await user.click(screen.getByRole('button', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function setDate(user: User, day: string) {
  const date = screen.getByLabelText("Date de l'échange");
  await user.clear(date);
  await user.type(date, day);
}

/** A member of Les Ateliers du Réemploi who received help from Vélo Solidaire. */
async function fillWho(user: User) {
  await user.click(await screen.findByRole('radio', { name: 'reçu' }));
  await user.type(screen.getByRole('combobox', { name: 'Autre structure' }), 'Vélo');
  await user.click(await screen.findByRole('option', { name: /Vélo Solidaire/ }));
}

let declared: ExchangeInput | undefined;

beforeEach(() => {
  declared = undefined;
  server.use(
    http.get(apiUrl('/valuation-rules'), () => HttpResponse.json(valuationRules)),
    http.post(apiUrl('/exchanges'), async ({ request }) => {
      declared = (await request.json()) as ExchangeInput;
      return HttpResponse.json(exchange({ id: 'x-new', actions: ['AMEND', 'CANCEL'] }), { status: 201 });
    }),
    http.get(apiUrl('/exchanges/x-new'), () =>
      HttpResponse.json(exchangeDetail({ exchange: exchange({ id: 'x-new', actions: ['AMEND', 'CANCEL'] }) })),
    ),
  );
});

describe('declaring an exchange', () => {
  it('asks for an amount for a market exchange, and for hours with the rule and its estimate otherwise', async () => {
    const { user, router } = renderApp('/exchanges/new', { as: me() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Déclarer un échange' })).toBeInTheDocument();
    await fillWho(user);
    await setDate(user, '2026-11-20');
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'Six heures de conseil pour notre atelier.');
    // Nothing comes from an introduction or an item: the channel is asked.
    expect(screen.getByRole('button', { name: /Comment vous êtes-vous trouvés/ })).toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Vente');
    expect(screen.getByLabelText('Montant hors taxes, en euros')).toBeInTheDocument();
    expect(screen.queryByLabelText("Nombre d'heures")).not.toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Mécénat de compétences');
    expect(screen.queryByLabelText('Montant hors taxes, en euros')).not.toBeInTheDocument();
    expect(await screen.findByText('1 heure de mécénat de compétences = 50,00 €')).toBeInTheDocument();
    await user.type(screen.getByLabelText("Nombre d'heures"), '6');
    expect(screen.getByText('≈ 300,00 €')).toBeInTheDocument();

    // An earlier day: the rule then in force.
    await setDate(user, '2025-06-15');
    expect(await screen.findByText('1 heure de mécénat de compétences = 40,00 €')).toBeInTheDocument();
    expect(screen.getByText('≈ 240,00 €')).toBeInTheDocument();

    await setDate(user, '2026-11-20');
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    await waitFor(() => expect(currentUrl(router)).toBe('/exchanges/x-new'));
    expect(declared).toEqual({
      providerOrganisationId: velo.id,
      beneficiaryOrganisationId: ateliers.id,
      mode: 'SKILLS_SPONSORSHIP',
      occurredOn: '2026-11-20',
      description: 'Six heures de conseil pour notre atelier.',
      channel: 'DIRECT',
      valuationKind: 'SKILLS_SPONSORSHIP',
      hours: 6,
    });
    expect(
      await screen.findByText(/Échange déclaré : l'autre structure est invitée à le confirmer/),
    ).toBeInTheDocument();
  });

  it('sends a market amount, and offers the kinds of help a mode allows', async () => {
    const { user } = renderApp('/exchanges/new', { as: me() });
    await fillWho(user);
    await setDate(user, '2026-11-20');
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'Un coup de main pour le déménagement.');

    await choose(user, /Type d'échange/, 'Coup de main');
    const kind = screen.getByRole('radiogroup', { name: /Nature de l'aide/ });
    expect(within(kind).getByRole('radio', { name: 'Coup de main' })).toBeChecked();
    await user.click(within(kind).getByRole('radio', { name: 'Travail qualifié' }));
    expect(screen.getByText('1 heure de travail qualifié = 35,00 €')).toBeInTheDocument();

    await choose(user, /Type d'échange/, 'Prestation');
    await user.type(screen.getByLabelText('Montant hors taxes, en euros'), '450,50');
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    await waitFor(() => expect(declared).toBeDefined());
    expect(declared).toMatchObject({ mode: 'SERVICE', amountEur: 450.5 });
    expect(declared).not.toHaveProperty('hours');
    expect(declared).not.toHaveProperty('valuationKind');
  });

  it('shows the server’s violations on their fields', async () => {
    server.use(
      http.post(apiUrl('/exchanges'), () =>
        problem(400, 'Données invalides', {
          violations: [
            { field: 'hours', message: 'La règle de valorisation demande un nombre d’heures.' },
            { field: 'occurredOn', message: 'Aucune règle ne couvre cette date.' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/exchanges/new', { as: me() });
    await fillWho(user);
    await setDate(user, '2026-11-20');
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'Du mécénat.');
    await choose(user, /Type d'échange/, 'Mécénat de compétences');
    await user.type(await screen.findByLabelText("Nombre d'heures"), '6');
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    const hours = screen.getByLabelText("Nombre d'heures");
    await waitFor(() => expect(hours).toHaveAttribute('aria-invalid', 'true'));
    expect(hours).toHaveAccessibleDescription(/La règle de valorisation demande un nombre d’heures/);
    expect(screen.getByLabelText("Date de l'échange")).toHaveAccessibleDescription(/Aucune règle ne couvre cette date/);
  });

  it('checks what it can before sending: the other side, and the hours the rule needs', async () => {
    const { user } = renderApp('/exchanges/new', { as: me() });
    await screen.findByRole('heading', { level: 1, name: 'Déclarer un échange' });
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'Du mécénat.');
    await choose(user, /Type d'échange/, 'Mécénat de compétences');
    await screen.findByText('1 heure de mécénat de compétences = 50,00 €');
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    expect(await screen.findByText('Dites si votre structure a donné ou reçu.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Autre structure' })).toHaveAccessibleDescription(
      /Choisissez une structure dans la liste/,
    );
    expect(screen.getByLabelText("Nombre d'heures")).toHaveAccessibleDescription(/Indiquez un nombre d'heures/);
    expect(declared).toBeUndefined();
  });

  it('starts from an introduction: its parties and its mode, the channel set by the server', async () => {
    server.use(http.get(apiUrl('/introductions/i1'), () => HttpResponse.json(introduction({ status: 'ACCEPTED' }))));
    const provider = me({
      id: 'p2',
      firstName: 'Julien',
      organisation: { id: velo.id, name: velo.name, status: 'ACTIVE', role: 'ORG_ADMIN' },
    });
    const { user } = renderApp('/exchanges/new?introductionId=i1', { as: provider });

    expect(await screen.findByText(/Suite à la mise en relation du/)).toBeInTheDocument();
    expect(screen.getByText('Structure qui a donné').nextElementSibling).toHaveTextContent('Vélo Solidaire');
    expect(screen.getByText('Structure qui a reçu').nextElementSibling).toHaveTextContent('Les Ateliers du Réemploi');
    expect(screen.queryByRole('button', { name: /Comment vous êtes-vous trouvés/ })).not.toBeInTheDocument();
    // The offer was a loan: the mode comes from it.
    expect(await screen.findByText('prêt de matériel : 1,00 % de la valeur du bien par jour')).toBeInTheDocument();

    await setDate(user, '2026-11-20');
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'La remorque pour deux jours.');
    await user.type(screen.getByLabelText('Nombre de jours'), '2');
    await user.type(screen.getByLabelText('Valeur déclarée, en euros'), '800');
    expect(screen.getByText('≈ 16,00 €')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    await waitFor(() => expect(declared).toBeDefined());
    expect(declared).toEqual({
      providerOrganisationId: velo.id,
      beneficiaryOrganisationId: ateliers.id,
      mode: 'EQUIPMENT_LOAN',
      occurredOn: '2026-11-20',
      description: 'La remorque pour deux jours.',
      introductionId: 'i1',
      valuationKind: 'EQUIPMENT_LOAN',
      days: 2,
      declaredValueEur: 800,
    });
  });
});

describe('an exchange born at an event', () => {
  it('picks the event among the last six months’ and sends it', async () => {
    const recorder = recordRequests();
    server.use(
      http.get(apiUrl('/events'), () =>
        HttpResponse.json({
          items: [
            eventView({ id: 'e-old', title: 'Petit-déjeuner de rentrée', startsAt: '2026-09-10T08:30:00+02:00' }),
            eventView({ id: 'e-apero', title: 'Apéro du réseau à Roubaix', startsAt: '2026-11-05T18:30:00+01:00' }),
          ],
          total: 2,
          page: 0,
          size: 200,
        }),
      ),
    );
    const { user } = renderApp('/exchanges/new', { as: me() });
    await fillWho(user);
    await setDate(user, '2026-11-20');
    await user.type(screen.getByLabelText('Ce qui a été échangé'), 'Un conseil juridique rencontré à l’apéro.');
    await choose(user, /Type d'échange/, 'Vente');
    await user.type(screen.getByLabelText('Montant hors taxes, en euros'), '120');
    // No event to choose until the channel says so.
    expect(screen.queryByRole('button', { name: /L'événement/ })).not.toBeInTheDocument();
    await choose(user, /Comment vous êtes-vous trouvés/, 'Événement');

    // The most recent first.
    await user.click(await screen.findByRole('button', { name: /L'événement/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Apéro du réseau à Roubaix — 5 novembre 2026',
      'Petit-déjeuner de rentrée — 10 septembre 2026',
      "Un autre événement, hors de l'agenda du réseau",
    ]);
    await user.click(screen.getByRole('option', { name: 'Apéro du réseau à Roubaix — 5 novembre 2026' }));
    await user.click(screen.getByRole('button', { name: "Déclarer l'échange" }));

    await waitFor(() => expect(declared).toBeDefined());
    expect(declared).toMatchObject({ channel: 'EVENT', eventId: 'e-apero', amountEur: 120 });
    const [asked] = recorder.find('GET', '/events');
    recorder.stop();
    const query = new URL(asked.url).searchParams;
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
    expect(query.get('to')).toBe(today);
    const from = new Date(`${today}T12:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 180);
    expect(query.get('from')).toBe(from.toISOString().slice(0, 10));
  });
});
