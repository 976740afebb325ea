import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ValuationRuleInput } from '@/lib/api/types';
import { exchange, me, valuationRules } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

describe('my exchanges', () => {
  beforeEach(() => {
    server.use(
      http.get(apiUrl('/exchanges'), ({ request }) => {
        const awaiting = new URL(request.url).searchParams.get('awaitingMe') === 'true';
        const items = awaiting
          ? [exchange()]
          : [
              exchange(),
              exchange({
                id: 'x2',
                status: 'CONFIRMED',
                actions: [],
                mode: 'SALE',
                market: true,
                amountEur: 450,
                valueEur: null,
                hours: null,
                rule: null,
                valuationKind: null,
              }),
            ];
        return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
      }),
    );
  });

  it('lists them with their status, and filters those waiting for us', async () => {
    const recorder = recordRequests();
    const { user, router } = renderApp('/exchanges', { as: me() });

    expect(await screen.findByText('2 échanges')).toBeInTheDocument();
    const pending = screen.getAllByRole('article')[0];
    expect(within(pending).getByRole('link', { name: 'Vélo Solidaire → Les Ateliers du Réemploi' })).toHaveAttribute(
      'href',
      '/exchanges/x1',
    );
    expect(within(pending).getByText('À confirmer')).toBeInTheDocument();
    expect(within(pending).getByText('À vous de confirmer')).toBeInTheDocument();
    expect(within(pending).getByText('300,00 €')).toBeInTheDocument();
    const sale = screen.getAllByRole('article')[1];
    expect(within(sale).getByText('Confirmé')).toBeInTheDocument();
    expect(within(sale).getByText('450,00 €')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Déclarer un échange' })).toHaveAttribute('href', '/exchanges/new');

    await user.click(screen.getByText('Seulement ceux que nous devons confirmer'));
    await waitFor(() => expect(currentUrl(router)).toBe('/exchanges?awaiting=1'));
    expect(await screen.findByText('1 échange')).toBeInTheDocument();
    expect(
      recorder
        .find('GET', '/exchanges')
        .some((request) => new URL(request.url).searchParams.get('awaitingMe') === 'true'),
    ).toBe(true);
  });
});

describe('valuation rules', () => {
  it('are public, in plain words with their periods', async () => {
    server.use(http.get(apiUrl('/valuation-rules'), () => HttpResponse.json(valuationRules)));
    renderApp('/valuation-rules');

    const sponsorship = await screen.findByRole('region', { name: 'Mécénat de compétences' });
    const rows = within(sponsorship).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '1 heure de mécénat de compétences = 50,00 €Depuis le 1 janvier 2026',
      '1 heure de mécénat de compétences = 40,00 €Du 1 janvier 2020 au 31 décembre 2025',
    ]);
    expect(screen.queryByRole('region', { name: 'Ajouter une règle' })).not.toBeInTheDocument();
  });

  it('follow the language chosen, their texts loading with them', async () => {
    server.use(http.get(apiUrl('/valuation-rules'), () => HttpResponse.json(valuationRules)));
    const { user } = renderApp('/valuation-rules');
    expect(
      await screen.findByRole('heading', { level: 1, name: "Valoriser l'aide non marchande" }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Valuing non-market help' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Skills sponsorship' })).toBeInTheDocument();
  });

  it('are added by admins', async () => {
    let added: ValuationRuleInput | undefined;
    server.use(
      http.get(apiUrl('/valuation-rules'), () => HttpResponse.json(valuationRules)),
      http.post(apiUrl('/valuation-rules'), async ({ request }) => {
        added = (await request.json()) as ValuationRuleInput;
        return HttpResponse.json(
          { id: 9, ...added, effectiveUntil: null, description: '1 heure de coup de main = 20,00 €' },
          { status: 201 },
        );
      }),
    );
    const { user } = renderApp('/valuation-rules', { as: me({ roles: ['ADMIN'], organisation: null }) });

    const form = await screen.findByRole('region', { name: 'Ajouter une règle' });
    await user.click(within(form).getByRole('button', { name: /Nature de l'aide/ }));
    await user.click(await screen.findByRole('option', { name: 'Coup de main' }));
    await user.click(within(form).getByRole('button', { name: /Méthode/ }));
    await user.click(await screen.findByRole('option', { name: 'Taux horaire (€ par heure)' }));
    await user.type(within(form).getByLabelText('Taux'), '20');
    await user.type(within(form).getByLabelText('En vigueur à partir du'), '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Ajouter la règle' }));

    expect(await screen.findByText('Règle ajoutée : 1 heure de coup de main = 20,00 €.')).toBeInTheDocument();
    expect(added).toEqual({ kind: 'HELPING_HAND', method: 'HOURLY_RATE', rate: 20, effectiveFrom: '2027-01-01' });
  });
});
