import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExchangeDetail } from '@/lib/api/types';
import { agreement, animator, exchange, exchangeDetail, me, velo } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let stored: ExchangeDetail;

/** A member of Vélo Solidaire, the side that declared. */
const provider = me({
  id: 'p2',
  firstName: 'Julien',
  organisation: { id: velo.id, name: velo.name, status: 'ACTIVE', role: 'ORG_ADMIN' },
});

beforeEach(() => {
  stored = exchangeDetail();
  server.use(
    http.get(apiUrl('/exchanges/x1'), () => HttpResponse.json(stored)),
    http.post(apiUrl('/exchanges/x1/confirm'), () => {
      stored = {
        ...stored,
        exchange: { ...stored.exchange, status: 'CONFIRMED', actions: [], confirmedAt: '2026-11-23T10:00:00Z' },
      };
      return HttpResponse.json(stored.exchange);
    }),
    http.post(apiUrl('/exchanges/x1/dispute'), async ({ request }) => {
      const { reason } = (await request.json()) as { reason: string };
      stored = {
        ...stored,
        exchange: { ...stored.exchange, status: 'DISPUTED', actions: [] },
        history: [
          ...stored.history,
          {
            at: '2026-11-23T10:00:00Z',
            actor: { id: 'p1', name: 'Camille Durand' },
            action: 'DISPUTED',
            onBehalf: false,
            note: reason,
          },
        ],
      };
      return HttpResponse.json(stored.exchange);
    }),
  );
});

describe('an exchange', () => {
  it('shows its figures, its rule in words and its history', async () => {
    renderApp('/exchanges/x1', { as: me() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mécénat de compétences du 20 novembre 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('À confirmer')).toBeInTheDocument();
    expect(screen.getByText('En attente de la confirmation de Les Ateliers du Réemploi.')).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'Valeur' });
    expect(within(figures).getByText('6 h')).toBeInTheDocument();
    expect(within(figures).getByText('300,00 €')).toBeInTheDocument();
    expect(within(figures).getByText('1 heure de mécénat de compétences = 50,00 €')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Historique' });
    expect(within(history).getByText('Déclaré par Julien Mercier')).toBeInTheDocument();
  });

  it('offers the answering member to confirm or dispute, as its actions say', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/exchanges/x1', { as: me() });

    const actions = await screen.findByRole('region', { name: 'Que faire ?' });
    expect(within(actions).getByRole('button', { name: "Confirmer l'échange" })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Contester' })).toBeInTheDocument();
    expect(within(actions).queryByRole('link', { name: 'Corriger' })).not.toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Annuler la déclaration' })).not.toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: "Confirmer l'échange" }));
    expect(await screen.findByText(/Échange confirmé : il compte désormais/)).toBeInTheDocument();
    expect(await recorder.find('POST', '/exchanges/x1/confirm')[0].json()).toEqual({ note: '' });
    await waitFor(() => expect(screen.getByText('Confirmé')).toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Que faire ?' })).not.toBeInTheDocument();
  });

  it('disputes with a reason', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/exchanges/x1', { as: me() });

    await user.click(await screen.findByRole('button', { name: 'Contester' }));
    const dialog = await screen.findByRole('dialog', { name: "Contester l'échange" });
    await user.type(within(dialog).getByLabelText('Motif'), 'Il y a eu quatre heures, pas six.');
    await user.click(within(dialog).getByRole('button', { name: "Contester l'échange" }));

    expect(await screen.findByText(/Échange contesté/)).toBeInTheDocument();
    expect(await recorder.find('POST', '/exchanges/x1/dispute')[0].json()).toEqual({
      reason: 'Il y a eu quatre heures, pas six.',
    });
    expect(
      await screen.findByText(/Contesté par Les Ateliers du Réemploi : Il y a eu quatre heures, pas six./),
    ).toBeInTheDocument();
  });

  it('lets the declaring side amend or withdraw, not confirm', async () => {
    stored = exchangeDetail({ exchange: exchange({ actions: ['AMEND', 'CANCEL'] }) });
    renderApp('/exchanges/x1', { as: provider });

    const actions = await screen.findByRole('region', { name: 'Que faire ?' });
    expect(within(actions).getByRole('link', { name: 'Corriger' })).toHaveAttribute('href', '/exchanges/x1/edit');
    expect(within(actions).getByRole('button', { name: 'Annuler la déclaration' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: /Confirmer/ })).not.toBeInTheDocument();
  });

  it('has an animator confirming for the organisation say how it confirmed', async () => {
    stored = exchangeDetail({ exchange: exchange({ actions: ['CONFIRM', 'DISPUTE', 'AMEND', 'CANCEL'] }) });
    const recorder = recordRequests();
    const { user } = renderApp('/exchanges/x1', { as: animator });

    await user.click(await screen.findByRole('button', { name: 'Confirmer pour Les Ateliers du Réemploi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer pour Les Ateliers du Réemploi' });
    // The note is required.
    await user.click(within(dialog).getByRole('button', { name: "Confirmer l'échange" }));
    const note = within(dialog).getByLabelText('Comment la structure a-t-elle confirmé ?');
    await waitFor(() => expect(note).toHaveAccessibleDescription(/Ce champ est obligatoire/));
    expect(recorder.find('POST', '/exchanges/x1/confirm')).toHaveLength(0);

    await user.type(note, 'Par téléphone avec sa présidente.');
    await user.click(within(dialog).getByRole('button', { name: "Confirmer l'échange" }));
    expect(await screen.findByText(/Échange confirmé/)).toBeInTheDocument();
    expect(await recorder.find('POST', '/exchanges/x1/confirm')[0].json()).toEqual({
      note: 'Par téléphone avec sa présidente.',
    });
    // Animators only look at agreements: they draft nothing.
    expect(screen.queryByRole('button', { name: 'Rédiger une convention' })).not.toBeInTheDocument();
  });
});

describe('the cooperation agreement', () => {
  it('is accepted by the hash of the text shown', async () => {
    stored = exchangeDetail({ agreement: agreement() });
    let accepted: unknown;
    server.use(
      http.post(apiUrl('/exchanges/x1/agreement/accept'), async ({ request }) => {
        accepted = await request.json();
        const frozen = agreement({
          beneficiary: { by: { id: 'p1', name: 'Camille Durand' }, at: '2026-11-23T10:00:00Z' },
          frozenAt: '2026-11-23T10:00:00Z',
        });
        stored = { ...stored, agreement: frozen };
        return HttpResponse.json(frozen);
      }),
    );
    const { user } = renderApp('/exchanges/x1', { as: me() });

    const panel = await screen.findByRole('region', { name: 'Convention de coopération' });
    expect(within(panel).getByText(/Entre Vélo Solidaire et Les Ateliers du Réemploi/)).toBeInTheDocument();
    expect(within(panel).getByText(agreement().sha256)).toBeInTheDocument();
    expect(within(panel).getByText(/Vélo Solidaire : acceptée par Julien Mercier/)).toBeInTheDocument();
    expect(within(panel).getByText('Les Ateliers du Réemploi : pas encore acceptée')).toBeInTheDocument();

    await user.click(
      within(panel).getByRole('button', { name: 'Accepter ce texte au nom de Les Ateliers du Réemploi' }),
    );
    expect(await screen.findByText('Vous avez accepté la convention.')).toBeInTheDocument();
    expect(accepted).toEqual({ sha256: agreement().sha256 });
    expect(await within(panel).findByText(/Convention acceptée par les deux structures le/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Accepter ce texte/ })).not.toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Version imprimable' })).toHaveAttribute(
      'href',
      '/exchanges/x1/agreement',
    );
  });

  it('is drafted from the terms; a loan needs its responsibilities and insurance', async () => {
    stored = exchangeDetail({ exchange: exchange({ mode: 'EQUIPMENT_LOAN' }) });
    let terms: Record<string, unknown> | undefined;
    server.use(
      http.put(apiUrl('/exchanges/x1/agreement'), async ({ request }) => {
        terms = (await request.json()) as Record<string, unknown>;
        stored = { ...stored, agreement: agreement({ provider: null }) };
        return HttpResponse.json(stored.agreement);
      }),
    );
    const { user } = renderApp('/exchanges/x1', { as: me() });

    await user.click(await screen.findByRole('button', { name: 'Rédiger une convention' }));
    const form = screen.getByRole('form', { name: 'Termes de la convention' });
    expect(within(form).getByLabelText('Objet de la coopération')).toHaveValue(
      'Six heures pour monter notre atelier de réparation.',
    );
    await user.type(within(form).getByLabelText('Apports de Vélo Solidaire'), 'La remorque');
    await user.type(within(form).getByLabelText('Apports de Les Ateliers du Réemploi'), 'Le carburant');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer et afficher le texte' }));
    expect(await within(form).findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(terms).toBeUndefined();

    await user.type(within(form).getByLabelText('Responsabilités'), "L'emprunteur répond des dégâts.");
    await user.type(within(form).getByLabelText('Assurance'), 'Contrat MAIF 123');
    await user.click(within(form).getByRole('checkbox', { name: /confidentiels/ }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer et afficher le texte' }));

    expect(await screen.findByText(/Convention rédigée/)).toBeInTheDocument();
    expect(terms).toEqual({
      object: 'Six heures pour monter notre atelier de réparation.',
      startsOn: '2026-11-20',
      durationMonths: 12,
      providerContributions: 'La remorque',
      beneficiaryContributions: 'Le carburant',
      responsibilities: "L'emprunteur répond des dégâts.",
      insurance: 'Contrat MAIF 123',
      confidential: true,
    });
  });
});

describe('the testimonial', () => {
  it('is published once the other side agrees too', async () => {
    stored = exchangeDetail({
      exchange: exchange({ status: 'CONFIRMED', actions: [], confirmedAt: '2026-11-23T10:00:00Z' }),
      testimonial: {
        text: 'Un vrai coup de pouce pour notre atelier.',
        writtenBy: { id: 'p2', name: 'Julien Mercier' },
        providerConsents: true,
        beneficiaryConsents: false,
        updatedAt: '2026-11-24T10:00:00Z',
        publishedAt: null,
      },
    });
    let consent: unknown;
    server.use(
      http.post(apiUrl('/exchanges/x1/testimonial/consent'), async ({ request }) => {
        consent = await request.json();
        stored = {
          ...stored,
          testimonial: { ...stored.testimonial!, beneficiaryConsents: true, publishedAt: '2026-11-25T10:00:00Z' },
        };
        return HttpResponse.json(stored.testimonial);
      }),
    );
    const { user } = renderApp('/exchanges/x1', { as: me() });

    const panel = await screen.findByRole('region', { name: 'Témoignage' });
    expect(within(panel).getByText('Un vrai coup de pouce pour notre atelier.')).toBeInTheDocument();
    expect(within(panel).getByText("Pas encore publié : il faut l'accord des deux structures.")).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Accepter la publication' }));

    expect(await screen.findByText('Témoignage publié.')).toBeInTheDocument();
    expect(consent).toEqual({ publish: true });
    expect(await within(panel).findByText(/Publié le 25 novembre 2026/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Retirer notre accord' })).toBeInTheDocument();
  });

  it('says which event it was born at', async () => {
    stored = exchangeDetail({
      exchange: exchange({
        channel: 'EVENT',
        introductionId: null,
        event: { id: 'e1', title: 'Apéro du réseau à Roubaix', startsAt: '2026-11-05T18:30:00+01:00' },
      }),
    });
    renderApp('/exchanges/x1', { as: me() });
    const origin = (await screen.findByText('Origine')).nextElementSibling as HTMLElement;
    expect(origin).toHaveTextContent(/^Événement — Apéro du réseau à Roubaix, le 5 novembre 2026$/);
    expect(within(origin).getByRole('link', { name: 'Apéro du réseau à Roubaix, le 5 novembre 2026' })).toHaveAttribute(
      'href',
      '/events/e1',
    );
  });
});
