import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, NeedInput } from '@/lib/api/types';
import { animator, caseDetail, caseSummary, figures, hotlineStaff, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

const late = caseSummary({
  requestId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02',
  title: 'Besoin de bénévoles pour une collecte',
  channel: 'EVENT',
  status: 'IN_PROGRESS',
  assignee: { id: animator.id, name: 'Alix Martin' },
  dueOn: '2020-01-15',
  introductions: 2,
});

function lastCasesQuery(recorder: ReturnType<typeof recordRequests>) {
  const searches = recorder.find('GET', '/hotline/cases');
  return new URL(searches[searches.length - 1].url).searchParams;
}

beforeEach(() => {
  server.use(
    http.get(apiUrl('/hotline/figures'), () => HttpResponse.json(figures)),
    http.get(apiUrl('/hotline/cases'), () =>
      HttpResponse.json({ items: [caseSummary(), late], total: 2, page: 0, size: 20 }),
    ),
    http.get(apiUrl('/hotline/matches'), () => HttpResponse.json({ items: [], total: 0, page: 0, size: 5 })),
  );
});

describe('hotline board', () => {
  it('shows new offers that could meet open needs, linking to both', async () => {
    const match = {
      offer: { id: '5f0e1d2c-3b4a-4958-8776-655443322110', title: 'Prêt d’une remorque bâchée', mode: 'EQUIPMENT_LOAN',
        category: { code: 'transport-vehicles', name: 'Véhicules', parent: null } },
      provider: { id: 'b1', name: 'La Ressourcerie', commune: { id: 'commune:59350', name: 'Lille' } },
      request: { id: caseSummary().requestId, title: 'Cherche une remorque pour un déménagement',
        organisation: { id: 'b2', name: 'Les Ateliers du Réemploi', commune: { id: 'commune:59350', name: 'Lille' } } },
      score: 62,
      foundAt: '2026-11-27T10:00:00Z',
    };
    server.use(http.get(apiUrl('/hotline/matches'), () => HttpResponse.json({ items: [match], total: 1, page: 0, size: 5 })));
    renderApp('/hotline', { as: animator });

    const section = await screen.findByRole('region', { name: 'Nouvelles offres pour des besoins ouverts' });
    expect(await within(section).findByRole('link', { name: 'Prêt d’une remorque bâchée' })).toHaveAttribute(
      'href',
      `/offers/${match.offer.id}`,
    );
    expect(within(section).getByRole('link', { name: 'Cherche une remorque pour un déménagement' })).toHaveAttribute(
      'href',
      `/hotline/cases/${caseSummary().requestId}`,
    );
    expect(within(section).getByText(/score 62/)).toBeInTheDocument();
  });

  it('shows the month’s figures and the needs, each linking to its page', async () => {
    renderApp('/hotline', { as: animator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hotline des besoins' })).toBeInTheDocument();
    const month = await screen.findByRole('region', { name: 'Ce mois-ci (novembre 2026)' });
    const figure = (label: string) => within(month).getByText(label).nextElementSibling;
    expect(figure('Besoins reçus')).toHaveTextContent('12');
    expect(figure('Avec au moins une mise en relation')).toHaveTextContent(/^75\s%$/);
    expect(figure('Délai médian avant une première mise en relation')).toHaveTextContent('26,5 h');
    expect(figure('Besoins résolus')).toHaveTextContent(/^40\s%$/);

    expect(await screen.findByText('2 besoins')).toBeInTheDocument();
    const first = screen.getByRole('article', { name: 'Cherche une remorque pour un déménagement' });
    expect(within(first).getByRole('link', { name: 'Cherche une remorque pour un déménagement' })).toHaveAttribute(
      'href',
      `/hotline/cases/${caseSummary().requestId}`,
    );
    expect(within(first).getByText('Nouveau')).toBeInTheDocument();
    expect(within(first).getByText('Les Ateliers du Réemploi')).toBeInTheDocument();
    expect(within(first).getByText('Téléphone')).toBeInTheDocument();
    expect(within(first).getByText('3 novembre 2026')).toBeInTheDocument();
    expect(within(first).getByText('Personne')).toBeInTheDocument();

    const second = screen.getByRole('article', { name: 'Besoin de bénévoles pour une collecte' });
    expect(within(second).getByText('En cours')).toBeInTheDocument();
    expect(within(second).getByText('Événement')).toBeInTheDocument();
    expect(within(second).getByText('Alix Martin')).toBeInTheDocument();
    expect(within(second).getByText('15 janvier 2020 (en retard)')).toBeInTheDocument();
    expect(within(second).getByText('Mises en relation').nextElementSibling).toHaveTextContent('2');
  });

  it('marks the needs a partner platform sent', async () => {
    const fromCeres = caseSummary({
      requestId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e03',
      title: 'Traiteur pour 200 couverts',
      channel: 'PARTNER',
      partner: 'Ceres',
    });
    server.use(
      http.get(apiUrl('/hotline/cases'), () =>
        HttpResponse.json({ items: [caseSummary(), fromCeres], total: 2, page: 0, size: 20 }),
      ),
    );
    renderApp('/hotline', { as: animator });

    const card = await screen.findByRole('article', { name: 'Traiteur pour 200 couverts' });
    expect(within(card).getByText('Via Ceres')).toBeInTheDocument();
    expect(within(card).getByText('Partenaire')).toBeInTheDocument();
    const other = screen.getByRole('article', { name: 'Cherche une remorque pour un déménagement' });
    expect(within(other).queryByText(/^Via /)).not.toBeInTheDocument();
  });

  it('sends the chosen filters to the API, and keeps them in the URL', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/hotline', { as: animator });
    await screen.findByText('2 besoins');
    expect(lastCasesQuery(recorder).get('status')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Statut/ }));
    await user.click(await screen.findByRole('option', { name: 'En cours' }));
    await waitFor(() => expect(lastCasesQuery(recorder).get('status')).toBe('IN_PROGRESS'));

    await user.type(screen.getByRole('combobox', { name: 'Territoire de la structure' }), 'Métropole');
    await user.click(await screen.findByRole('option', { name: /Métropole Européenne de Lille/ }));
    await waitFor(() => expect(lastCasesQuery(recorder).get('territory')).toBe('epci:200093201'));

    await user.click(screen.getByRole('checkbox', { name: 'Seulement ceux que je suis' }));
    await waitFor(() => expect(lastCasesQuery(recorder).get('assignee')).toBe(animator.id));
    const query = lastCasesQuery(recorder);
    expect(query.get('status')).toBe('IN_PROGRESS');
    expect(query.get('territory')).toBe('epci:200093201');
    expect(query.get('page')).toBe('0');
    expect(currentUrl(router)).toBe('/hotline?status=IN_PROGRESS&territory=epci%3A200093201&mine=1');

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(lastCasesQuery(recorder).get('assignee')).toBeNull());
    expect(lastCasesQuery(recorder).get('status')).toBeNull();
  });

  it('types in a need received by phone and opens its page', async () => {
    let received: NeedInput | undefined;
    const created: CaseDetail = caseDetail();
    server.use(
      http.post(apiUrl('/hotline/needs'), async ({ request }) => {
        received = (await request.json()) as NeedInput;
        return HttpResponse.json(created, { status: 201 });
      }),
      http.get(apiUrl('/hotline/cases/:requestId'), () => HttpResponse.json(created)),
      http.get(apiUrl('/requests/:id/suggestions'), () => HttpResponse.json([])),
      http.get(apiUrl('/hotline/staff'), () => HttpResponse.json(hotlineStaff)),
    );
    const { user, router } = renderApp('/hotline', { as: animator });

    await user.click(await screen.findByRole('link', { name: 'Nouveau besoin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau besoin' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Structure adhérente' }), 'Ateliers');
    await user.click(await screen.findByRole('option', { name: /Les Ateliers du Réemploi/ }));
    await user.click(screen.getByRole('radio', { name: 'Téléphone' }));
    await user.type(screen.getByLabelText('Titre'), 'Cherche une remorque pour un déménagement');
    await user.type(screen.getByLabelText('Description'), 'Pour une journée.');
    await user.click(screen.getByRole('button', { name: /Catégorie/ }));
    await user.click(await screen.findByRole('option', { name: 'Véhicules et remorques' }));
    await user.click(screen.getByRole('button', { name: /Type d'échange/ }));
    await user.click(await screen.findByRole('option', { name: 'Prestation' }));
    await user.click(screen.getByRole('radio', { name: 'Toute la région' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le besoin' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/hotline/cases/${created.summary.requestId}`));
    expect(await screen.findByText(/Besoin enregistré/)).toBeInTheDocument();
    expect(received).toEqual({
      organisationId: '5b0c5a0e-1d1a-4c1e-9c55-2f1d2b1e0a01',
      channel: 'PHONE',
      request: {
        title: 'Cherche une remorque pour un déménagement',
        description: 'Pour une journée.',
        categoryCode: 'transport-vehicles',
        mode: 'SERVICE',
        // A market need heard on the phone has no price yet.
        onQuote: true,
        reach: 'REGION',
      },
    });
  });

  it('is for the animators', async () => {
    renderApp('/hotline', { as: me() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });
});
