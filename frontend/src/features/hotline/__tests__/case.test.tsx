import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseUpdate, IntroductionInput } from '@/lib/api/types';
import {
  animator,
  caseDetail,
  caseSummary,
  hotlineStaff,
  introduction,
  offerSuggestion,
  organisationSuggestion,
} from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const { requestId } = caseSummary();
const path = `/hotline/cases/${requestId}`;
let stored: CaseDetail;

beforeEach(() => {
  stored = caseDetail();
  server.use(
    http.get(apiUrl('/hotline/cases/:requestId'), () => HttpResponse.json(stored)),
    http.get(apiUrl('/requests/:id/suggestions'), () => HttpResponse.json([offerSuggestion, organisationSuggestion])),
    http.get(apiUrl('/hotline/staff'), () => HttpResponse.json(hotlineStaff)),
  );
});

describe('hotline case', () => {
  it('shows the need and the suggestions with the reasons for each', async () => {
    renderApp(path, { as: animator });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cherche une remorque pour un déménagement' }),
    ).toBeInTheDocument();
    const need = screen.getByRole('region', { name: 'Le besoin' });
    expect(within(need).getByText('Il nous faut une remorque pour une journée.')).toBeInTheDocument();
    expect(within(need).getByText('Téléphone')).toBeInTheDocument();
    expect(within(need).getByText('Demandé par').nextElementSibling).toHaveTextContent('Camille Durand');
    expect(within(need).getByText('Saisi par').nextElementSibling).toHaveTextContent('Alix Martin');
    expect(within(need).getByText('Besoin pour le').nextElementSibling).toHaveTextContent('20 novembre 2026');

    const offer = await screen.findByRole('article', { name: 'Prêt d’un vélo-cargo avec remorque' });
    expect(within(offer).getByText('Pertinence : 85')).toBeInTheDocument();
    expect(within(offer).getByText(/Même catégorie : Véhicules et remorques/)).toBeInTheDocument();
    expect(within(offer).getByText(/À Lille, dans la même commune/)).toBeInTheDocument();
    expect(within(offer).getByText('(+40 pts)')).toBeInTheDocument();
    // history adds no points: it only orders suggestions of equal relevance
    expect(within(offer).getByText(/Vous avez déjà échangé ensemble/)).toHaveTextContent('(départage les ex æquo)');
    const organisation = screen.getByRole('article', { name: 'Transports Solidaires du Nord' });
    expect(within(organisation).getByText(/Secteur : Mobilité/)).toBeInTheDocument();
    expect(screen.getByText("Aucune mise en relation pour l'instant.")).toBeInTheDocument();
  });

  it('shows where a need a partner sent comes from: buyer, SIRET, deadline, amount and its page', async () => {
    stored = caseDetail({
      summary: caseSummary({ channel: 'PARTNER', partner: 'Ceres' }),
      origin: {
        partner: 'Ceres',
        buyerName: 'Mairie de Roubaix',
        buyerSiret: '21590512800013',
        deadline: '2026-12-15',
        amountBracket: 'FROM_40K_TO_90K',
        link: 'https://ceres.example/besoins/123',
      },
    });
    renderApp(path, { as: animator });

    const origin = await screen.findByRole('region', { name: 'Origine' });
    expect(within(origin).getByText('Via Ceres')).toBeInTheDocument();
    const fact = (label: string) => within(origin).getByText(label).nextElementSibling;
    expect(fact('Acheteur')).toHaveTextContent('Mairie de Roubaix');
    expect(fact("SIRET de l'acheteur")).toHaveTextContent('21590512800013');
    expect(fact('Date limite')).toHaveTextContent('15 décembre 2026');
    expect(fact('Montant estimé')).toHaveTextContent('40 à 90 k€');
    const link = within(origin).getByRole('link', { name: /Voir le besoin sur Ceres/ });
    expect(link).toHaveAttribute('href', 'https://ceres.example/besoins/123');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('says what a partner did not give, and shows no origin for other needs', async () => {
    stored = caseDetail({
      summary: caseSummary({ channel: 'PARTNER', partner: 'Ceres' }),
      origin: {
        partner: 'Ceres',
        buyerName: 'Un acheteur',
        buyerSiret: null,
        deadline: '2026-12-15',
        amountBracket: 'UNKNOWN',
        link: null,
      },
    });
    const { unmount } = renderApp(path, { as: animator });
    const origin = await screen.findByRole('region', { name: 'Origine' });
    expect(within(origin).getByText("SIRET de l'acheteur").nextElementSibling).toHaveTextContent('Non communiqué');
    expect(within(origin).getByText('Montant estimé').nextElementSibling).toHaveTextContent('non précisé');
    expect(within(origin).queryByRole('link')).not.toBeInTheDocument();
    unmount();

    stored = caseDetail();
    renderApp(path, { as: animator });
    await screen.findByRole('region', { name: 'Le besoin' });
    expect(screen.queryByRole('region', { name: 'Origine' })).not.toBeInTheDocument();
  });

  it('introduces the requester to a suggested offer, with an edited message', async () => {
    const recorder = recordRequests();
    server.use(
      http.post(apiUrl('/introductions'), () => {
        stored = {
          ...stored,
          summary: { ...stored.summary, status: 'INTRODUCED', introductions: 1 },
          introductions: [introduction({ offer: offerSuggestion.offer })],
        };
        return HttpResponse.json(stored.introductions[0], { status: 201 });
      }),
    );
    const { user } = renderApp(path, { as: animator });

    const offer = await screen.findByRole('article', { name: 'Prêt d’un vélo-cargo avec remorque' });
    await user.click(within(offer).getByRole('button', { name: 'Mettre en relation avec Vélo Solidaire' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Mettre en relation Les Ateliers du Réemploi et Vélo Solidaire',
    });
    const message = within(dialog).getByLabelText('Message');
    expect(message).toHaveValue(
      'Bonjour,\n\nJe vous mets en relation : Les Ateliers du Réemploi cherche « Cherche une remorque pour un déménagement », ' +
        "et l'offre « Prêt d’un vélo-cargo avec remorque » de Vélo Solidaire pourrait y répondre. Vous recevez chacune " +
        "les coordonnées de l'autre : n'hésitez pas à prendre contact directement.\n\nBelle journée,\n" +
        "Alix Martin, équipe d'animation elBasar",
    );
    await user.clear(message);
    await user.type(message, 'Bonjour, voici un contact pour votre remorque.');
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer la mise en relation' }));

    expect(await screen.findByText(/C'est fait : Les Ateliers du Réemploi et Vélo Solidaire ont reçu par e-mail/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [post] = recorder.find('POST', '/introductions');
    expect(await post.json()).toEqual({
      requestId,
      offerId: offerSuggestion.offer!.id,
      message: 'Bonjour, voici un contact pour votre remorque.',
    });
    // The case now lists the introduction, and the suggestion says it was made.
    const introduced = await screen.findByRole('article', { name: 'Avec Vélo Solidaire' });
    expect(within(introduced).getByText('Proposée')).toBeInTheDocument();
    expect(within(introduced).getByRole('link', { name: 'julien@velo-solidaire.example' })).toBeInTheDocument();
    expect(within(offer).getByText('Mise en relation déjà faite.')).toBeInTheDocument();
  });

  it('introduces an organisation without a matching offer by its id', async () => {
    const recorder = recordRequests();
    server.use(http.post(apiUrl('/introductions'), () => HttpResponse.json(introduction(), { status: 201 })));
    const { user } = renderApp(path, { as: animator });

    const organisation = await screen.findByRole('article', { name: 'Transports Solidaires du Nord' });
    await user.click(within(organisation).getByRole('button', { name: /^Mettre en relation/ }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('Message') as HTMLTextAreaElement).value).toContain(
      "et Transports Solidaires du Nord pourrait l'aider.",
    );
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer la mise en relation' }));

    await waitFor(() => expect(recorder.find('POST', '/introductions')).toHaveLength(1));
    const body = (await recorder.find('POST', '/introductions')[0].json()) as IntroductionInput;
    expect(body).toMatchObject({ requestId, providerOrganisationId: 'org-transport' });
    expect(body).not.toHaveProperty('offerId');
  });

  it('saves the status, who handles the need and by when, and adds a note', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/hotline/cases/:requestId'), async ({ request }) => {
        const update = (await request.json()) as CaseUpdate;
        stored = {
          ...stored,
          summary: {
            ...stored.summary,
            status: update.status,
            assignee: update.assigneeId ? { id: update.assigneeId, name: 'Alix Martin' } : null,
            dueOn: update.dueOn ?? null,
          },
        };
        return HttpResponse.json(stored);
      }),
      http.post(apiUrl('/hotline/cases/:requestId/notes'), async ({ request }) => {
        const { text } = (await request.json()) as { text: string };
        const note = { id: 'n1', author: { id: animator.id, name: 'Alix Martin' }, text, createdAt: '2026-11-05T14:00:00Z' };
        stored = { ...stored, notes: [note] };
        return HttpResponse.json(note, { status: 201 });
      }),
    );
    const { user } = renderApp(path, { as: animator });

    const editor = await screen.findByRole('region', { name: 'Suivi' });
    await user.click(within(editor).getByRole('button', { name: /Statut/ }));
    await user.click(await screen.findByRole('option', { name: 'En cours' }));
    await user.click(within(editor).getByRole('button', { name: /Suivi par/ }));
    await user.click(await screen.findByRole('option', { name: 'Moi (Alix Martin)' }));
    await user.type(within(editor).getByLabelText(/Échéance/), '2026-12-01');
    await user.click(within(editor).getByRole('button', { name: 'Enregistrer le suivi' }));

    expect(await screen.findByText('Suivi enregistré.')).toBeInTheDocument();
    const [put] = recorder.find('PUT', `/hotline/cases/${requestId}`);
    expect(await put.json()).toEqual({ status: 'IN_PROGRESS', assigneeId: animator.id, dueOn: '2026-12-01' });

    const notes = screen.getByRole('region', { name: 'Notes' });
    await user.type(within(notes).getByLabelText('Nouvelle note'), 'Rappelé Camille : la date tient.');
    await user.click(within(notes).getByRole('button', { name: 'Ajouter la note' }));
    expect(await within(notes).findByText('Rappelé Camille : la date tient.')).toBeInTheDocument();
    expect(within(notes).getByLabelText('Nouvelle note')).toHaveValue('');
  });

  it('offers the staff, keeps whoever handles the need, and lets it go back to nobody', async () => {
    const recorder = recordRequests();
    // Sam Leroy is no longer on the staff.
    stored = caseDetail({ summary: caseSummary({ status: 'IN_PROGRESS', assignee: { id: 'a2', name: 'Sam Leroy' } }) });
    server.use(http.put(apiUrl('/hotline/cases/:requestId'), () => HttpResponse.json(stored)));
    const { user } = renderApp(path, { as: animator });

    const editor = await screen.findByRole('region', { name: 'Suivi' });
    const assignee = within(editor).getByRole('button', { name: /Suivi par/ });
    expect(assignee).toHaveTextContent('Sam Leroy');
    await user.click(assignee);
    await screen.findByRole('option', { name: 'Nadia Benali' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Moi (Alix Martin)',
      'Nadia Benali',
      'Sam Leroy',
      'Personne',
    ]);
    await user.click(screen.getByRole('option', { name: 'Personne' }));
    await user.click(within(editor).getByRole('button', { name: 'Enregistrer le suivi' }));

    await waitFor(() => expect(recorder.find('PUT', `/hotline/cases/${requestId}`)).toHaveLength(1));
    expect(await recorder.find('PUT', `/hotline/cases/${requestId}`)[0].json()).toEqual({ status: 'IN_PROGRESS' });
  });

  it('assigns the need to another animator of the staff', async () => {
    const recorder = recordRequests();
    server.use(http.put(apiUrl('/hotline/cases/:requestId'), () => HttpResponse.json(stored)));
    const { user } = renderApp(path, { as: animator });

    const editor = await screen.findByRole('region', { name: 'Suivi' });
    await user.click(within(editor).getByRole('button', { name: /Suivi par/ }));
    await user.click(await screen.findByRole('option', { name: 'Nadia Benali' }));
    await user.click(within(editor).getByRole('button', { name: 'Enregistrer le suivi' }));

    await waitFor(() => expect(recorder.find('PUT', `/hotline/cases/${requestId}`)).toHaveLength(1));
    expect(await recorder.find('PUT', `/hotline/cases/${requestId}`)[0].json()).toEqual({
      status: 'NEW',
      assigneeId: 'a3',
    });
  });

  it('shows each introduction with the follow-up answers', async () => {
    stored = caseDetail({
      introductions: [
        introduction({
          status: 'EXCHANGE_MADE',
          outcomeAt: '2026-11-10T08:00:00Z',
          answers: [
            { side: 'PROVIDER', answer: 'YES', answeredAt: '2026-11-10T08:00:00Z' },
            { side: 'REQUESTER', answer: null, answeredAt: null },
          ],
        }),
      ],
    });
    renderApp(path, { as: animator });

    const introduced = await screen.findByRole('article', { name: 'Avec Vélo Solidaire' });
    expect(within(introduced).getByText('Échange réalisé')).toBeInTheDocument();
    expect(within(introduced).getByText('Structure qui répond : Oui, le 10 novembre 2026')).toBeInTheDocument();
    expect(within(introduced).getByText('Structure qui demande : pas encore de réponse')).toBeInTheDocument();
    expect(within(introduced).queryByRole('button', { name: /L'échange a eu lieu/ })).not.toBeInTheDocument();
  });
});
