import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YearReport } from '@/lib/api/types';
import { animator, ateliers, exchange, impactSummary, me, networkGraph, velo } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

/** The value shown under a key figure's label. */
function figure(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling;
}

beforeEach(() => {
  server.use(
    http.get(apiUrl('/impact/network'), () => HttpResponse.json(impactSummary())),
    http.get(apiUrl('/impact/sectors/:code'), ({ params }) =>
      HttpResponse.json(
        impactSummary({
          scope: { kind: 'SECTOR', id: String(params.code), name: 'Réemploi et recyclage' },
          exchanges: 2,
        }),
      ),
    ),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the impact dashboard', () => {
  it('shows the key figures, and each chart’s data in a table', async () => {
    renderApp('/impact', { as: me() });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tout le réseau, de décembre 2025 à novembre 2026' }),
    ).toBeInTheDocument();
    expect(figure('Échanges confirmés')).toHaveTextContent('4');
    expect(figure('Échanges marchands')).toHaveTextContent('450,00 €');
    expect(figure("Heures d'aide non marchande")).toHaveTextContent('18 h');
    expect(figure("Valeur de l'aide non marchande")).toHaveTextContent('900,00 €');
    expect(figure('Valeur totale')).toHaveTextContent(/1\s350,00\s€/);
    expect(figure('Structures impliquées')).toHaveTextContent('5');
    expect(figure('Nouveaux binômes')).toHaveTextContent('3');
    expect(figure('Binômes qui reviennent')).toHaveTextContent('1');
    expect(figure('Structures sans échange depuis 12 mois')).toHaveTextContent('28');
    // The network's events among them: held, who came, from how many organisations, what was born there.
    expect(figure('Événements tenus')).toHaveTextContent('6');
    expect(figure('Participations aux événements')).toHaveTextContent('84');
    expect(figure('Structures venues aux événements')).toHaveTextContent('21');
    expect(figure('Échanges nés aux événements')).toHaveTextContent('2');

    const monthly = screen.getByRole('table', { name: 'Mois par mois' });
    const november = within(monthly).getByRole('row', { name: /novembre 2026/ });
    expect(
      within(november)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', expect.stringMatching(/^0,00\s€$/), '18', expect.stringMatching(/^900,00\s€$/)]);
    expect(
      screen.getByRole('img', { name: /valeur des échanges marchands et non marchands par mois/ }),
    ).toBeInTheDocument();

    const channels = screen.getByRole('table', { name: 'Par origine' });
    expect(within(channels).getByRole('row', { name: /Hotline des besoins 3 75\s%/ })).toBeInTheDocument();
    const modes = screen.getByRole('table', { name: "Par type d'échange" });
    expect(within(modes).getByRole('row', { name: /Vente 1 25\s%/ })).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: "Graphique : Par type d'échange, nombre d'échanges. Les chiffres sont dans le tableau qui suit.",
      }),
    ).toBeInTheDocument();

    // A member sees the way to their organisation's year.
    expect(screen.getByRole('link', { name: `Votre année ${new Date().getFullYear()} dans elBasar` })).toHaveAttribute(
      'href',
      `/organisations/${ateliers.id}/report/${new Date().getFullYear()}`,
    );
    expect(screen.queryByRole('link', { name: 'Voir qui échange avec qui' })).not.toBeInTheDocument();
  });

  it('changes scope and period through the URL', async () => {
    const { user, router } = renderApp('/impact', { as: me() });
    await screen.findByRole('heading', { level: 2, name: /^Tout le réseau/ });

    await user.click(screen.getByRole('radio', { name: 'Un secteur' }));
    await user.click(screen.getByRole('button', { name: /Secteur/ }));
    await user.click(await screen.findByRole('option', { name: 'Réemploi et recyclage' }));
    await user.type(screen.getByLabelText(/Du mois/), '2026-01');
    await user.type(screen.getByLabelText(/Au mois/), '2026-06');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/impact?scope=sector%3Areuse&from=2026-01&to=2026-06'));
    expect(await screen.findByRole('heading', { level: 2, name: /^Réemploi et recyclage, de/ })).toBeInTheDocument();
    expect(figure('Échanges confirmés')).toHaveTextContent('2');
  });

  it('downloads the spreadsheet through the API, with the session', async () => {
    server.use(
      http.get(apiUrl('/impact/export'), () =>
        HttpResponse.arrayBuffer(new ArrayBuffer(8), {
          headers: {
            'Content-Type': 'application/vnd.oasis.opendocument.spreadsheet',
            'Content-Disposition': 'attachment; filename="elbasar-impact-network-2025-12-2026-11.ods"',
          },
        }),
      ),
    );
    URL.createObjectURL = vi.fn(() => 'blob:impact');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const recorder = recordRequests();
    const { user } = renderApp('/impact', { as: me() });

    await user.click(await screen.findByRole('button', { name: 'Classeur ODS' }));

    expect(
      await screen.findByText('Fichier téléchargé : elbasar-impact-network-2025-12-2026-11.ods'),
    ).toBeInTheDocument();
    expect(clicked).toEqual(['elbasar-impact-network-2025-12-2026-11.ods']);
    const [request] = recorder.find('GET', '/impact/export');
    expect(new URL(request.url).searchParams.get('format')).toBe('ods');
    expect(new URL(request.url).searchParams.get('scope')).toBe('network');
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
  });
});

describe('the network graph', () => {
  it('draws who exchanged with whom, with its legend and the table of pairs', async () => {
    server.use(http.get(apiUrl('/impact/graph'), () => HttpResponse.json(networkGraph)));
    const { user } = renderApp('/impact/graph', { as: animator });

    const drawing = await screen.findByRole('img', { name: 'Réseau des échanges. Structures : 3 ; liens : 2.' });
    expect(drawing.querySelectorAll('circle')).toHaveLength(3);
    expect(drawing.querySelectorAll('line')).toHaveLength(2);

    const pairs = screen.getByRole('table', { name: "Binômes et nombre d'échanges" });
    const rows = within(pairs).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [velo.name, ateliers.name, '3'],
      [velo.name, 'Épicerie solidaire d’Amiens', '1'],
    ]);

    const legend = screen.getByRole('region', { name: 'Départements' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Nord', 'Somme']);
    await user.click(screen.getByRole('radio', { name: 'Par secteur' }));
    const sectors = screen.getByRole('region', { name: 'Secteurs' });
    expect(
      within(sectors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Alimentation durable', 'Mobilité', 'Réemploi et recyclage']);
  });

  it('keeps pairs that exchange only with each other close enough to be seen', async () => {
    // ten separate pairs: repulsion alone would push them apart until each circle is a speck
    const nodes = Array.from({ length: 20 }, (_, i) => ({ ...networkGraph.nodes[0], id: `org-${i}`, name: `Structure ${i}`, exchanges: 1 }));
    const edges = Array.from({ length: 10 }, (_, i) => ({ source: `org-${2 * i}`, target: `org-${2 * i + 1}`, exchanges: 1 }));
    server.use(http.get(apiUrl('/impact/graph'), () => HttpResponse.json({ nodes, edges, pairs: 10 })));
    renderApp('/impact/graph', { as: animator });

    const drawing = await screen.findByRole('img', { name: /Structures : 20 ; liens : 10/ });
    const [, , width, height] = drawing.getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).toBeLessThan(1200);
    expect(height).toBeLessThan(1200);
  });

  it('is for animators only', async () => {
    renderApp('/impact/graph', { as: me() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
  });
});

describe('the yearly report', () => {
  it('shows the year’s figures, partners, exchanges and testimonials', async () => {
    const report: YearReport = {
      organisation: { id: ateliers.id, name: ateliers.name, commune: { id: 'commune:59350', name: 'Lille' } },
      year: 2026,
      summary: impactSummary({
        scope: { kind: 'ORGANISATION', id: ateliers.id, name: ateliers.name },
        from: '2026-01',
        to: '2026-12',
      }),
      partners: [
        {
          organisation: { id: velo.id, name: velo.name, commune: { id: 'commune:59350', name: 'Lille' } },
          exchanges: 3,
          given: 0,
          received: 3,
          totalEur: 900,
        },
      ],
      exchanges: [exchange({ status: 'CONFIRMED', actions: [] })],
      testimonials: [
        {
          exchangeId: 'x1',
          text: 'Un vrai coup de pouce.',
          provider: { id: velo.id, name: velo.name, commune: { id: 'commune:59350', name: 'Lille' } },
          beneficiary: { id: ateliers.id, name: ateliers.name, commune: { id: 'commune:59350', name: 'Lille' } },
          mode: 'SKILLS_SPONSORSHIP',
          occurredOn: '2026-11-20',
          publishedAt: '2026-11-25T10:00:00Z',
        },
      ],
    };
    server.use(http.get(apiUrl(`/impact/organisations/${ateliers.id}/years/2026`), () => HttpResponse.json(report)));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderApp(`/organisations/${ateliers.id}/report/2026`, { as: me() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre année 2026 dans elBasar' })).toBeInTheDocument();
    expect(
      await screen.findByText('Les Ateliers du Réemploi', { selector: '.report__organisation' }),
    ).toBeInTheDocument();
    expect(figure('Partenaires')).toHaveTextContent('5');
    const partners = screen.getByRole('table', { name: 'Partenaires' });
    expect(within(partners).getByRole('row', { name: /Vélo Solidaire 3 0 3 900,00/ })).toBeInTheDocument();
    const exchanges = screen.getByRole('table', { name: 'Échanges confirmés' });
    expect(within(exchanges).getByRole('link', { name: '20 novembre 2026' })).toHaveAttribute('href', '/exchanges/x1');
    expect(within(exchanges).getByText('Reçu')).toBeInTheDocument();
    expect(screen.getByText('Un vrai coup de pouce.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalled();
  });
});
