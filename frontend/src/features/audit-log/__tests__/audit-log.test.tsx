import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/lib/api/types';
import { animator, me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, renderApp } from '@/testing/test-utils';

const admin = me({ id: 'ad1', firstName: 'Sam', lastName: 'Leroy', roles: ['ADMIN'], organisation: null });
const PARTNER_ID = '0f6c2a8e-3b1d-4c5e-9a7f-2d4b6e8a1c30';
const PERSON_ID = '5b7d9f1a-2c4e-4a6b-8d0f-1e3a5c7e9b2d';

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    occurredAt: '2026-11-27T14:30:00Z',
    actor: { id: admin.id, name: 'Sam Leroy' },
    action: 'partner.registered',
    targetType: 'partner_client',
    targetId: PARTNER_ID,
    details: {},
    ...overrides,
  };
}

const ENTRIES: AuditEntry[] = [
  entry({ id: 3, action: 'account.erased', actor: null, targetType: 'person', targetId: PERSON_ID, details: {} }),
  entry({ id: 2, details: { name: 'Ceres', scopes: ['catalog:read', 'webhooks:manage'] } }),
  entry({ id: 1, action: 'something.new', targetType: 'gadget', targetId: 'g1', details: { count: 2 } }),
];

/** The API's answers: the query strings asked for, and a log of `total` entries, 50 a page. */
let asked: URLSearchParams[];
let total: number;

beforeEach(() => {
  asked = [];
  total = ENTRIES.length;
  server.use(
    http.get(apiUrl('/audit-log'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const prefix = query.get('action') ?? '';
      const items = ENTRIES.filter((one) => one.action.startsWith(prefix));
      return HttpResponse.json({
        items,
        total: prefix ? items.length : total,
        page: Number(query.get('page') ?? 0),
        size: Number(query.get('size') ?? 50),
      });
    }),
  );
});

describe('the audit log', () => {
  it('shows who did what, on what, with the details, newest first, actions in words', async () => {
    renderApp('/admin/audit-log', { as: admin });

    const table = await screen.findByRole('table', { name: 'Actions enregistrées : Toutes les actions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);

    // The platform acted (no one signed in), on a person.
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Compte supprimé');
    expect(rows[0]).toHaveTextContent('Système');
    expect(rows[0]).toHaveTextContent(`Personne ${PERSON_ID}`);
    expect(rows[0]).toHaveTextContent('—');
    expect(within(rows[0]).getByText(/2026/).closest('time')).toHaveAttribute('dateTime', '2026-11-27T14:30:00Z');

    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Partenaire enregistré');
    expect(rows[1]).toHaveTextContent('Sam Leroy');
    expect(within(rows[1]).getByRole('link', { name: PARTNER_ID })).toHaveAttribute('href', `/admin/partners/${PARTNER_ID}`);
    expect(within(rows[1]).getByText('name').nextElementSibling).toHaveTextContent('Ceres');
    expect(within(rows[1]).getByText('scopes').nextElementSibling).toHaveTextContent('catalog:read, webhooks:manage');

    // An action this screen does not know yet shows as recorded.
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('something.new');
    expect(rows[2]).toHaveTextContent('gadget g1');

    expect(screen.getByText('3 actions')).toBeInTheDocument();
    expect(asked.map((query) => query.get('action'))).toEqual([null]);
    // The admins' menu leads here.
    expect(screen.getByRole('link', { name: "Journal d'audit" })).toHaveAttribute('href', '/admin/audit-log');
  });

  it("filters by kind of action: the API is asked for that family's prefix, and the URL keeps it", async () => {
    const { user, router } = renderApp('/admin/audit-log', { as: admin });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /Type d'action/ }));
    await user.click(await screen.findByRole('option', { name: 'Comptes : données téléchargées, suppressions' }));

    const table = await screen.findByRole('table', {
      name: 'Actions enregistrées : Comptes : données téléchargées, suppressions',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Compte supprimé');
    expect(asked.at(-1)?.get('action')).toBe('account.');
    expect(currentUrl(router)).toBe('/admin/audit-log?family=account');

    await user.click(screen.getByRole('button', { name: /Type d'action/ }));
    await user.click(await screen.findByRole('option', { name: 'Partenaires API' }));
    expect(await screen.findByRole('table', { name: 'Actions enregistrées : Partenaires API' })).toHaveTextContent(
      'Partenaire enregistré',
    );
    expect(asked.at(-1)?.get('action')).toBe('partner.');

    await user.click(screen.getByRole('button', { name: /Type d'action/ }));
    await user.click(await screen.findByRole('option', { name: 'Règles de valorisation' }));
    expect(await screen.findByText("Aucune action de ce type pour l'instant.")).toBeInTheDocument();
    expect(asked.at(-1)?.get('action')).toBe('valuation-rule.');
  });

  it('goes from page to page, and a shared link opens on its family and page', async () => {
    total = 120;
    const { user, router } = renderApp('/admin/audit-log', { as: admin });
    await screen.findByRole('table');
    expect(screen.getByText('120 actions')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Page 1 sur 3');

    await user.click(within(pages).getByRole('button', { name: 'Page suivante' }));
    expect(await screen.findByText('Page 2 sur 3')).toBeInTheDocument();
    expect(asked.at(-1)?.get('page')).toBe('1');
    expect(asked.at(-1)?.get('size')).toBe('50');
    expect(currentUrl(router)).toBe('/admin/audit-log?page=2');

    asked = [];
    await router.navigate('/admin/audit-log?family=partner&page=1');
    await screen.findByRole('table', { name: 'Actions enregistrées : Partenaires API' });
    expect(asked.at(-1)?.get('action')).toBe('partner.');
    expect(asked.at(-1)?.get('page')).toBe('0');
  });

  it('is for admins only', async () => {
    renderApp('/admin/audit-log', { as: animator });
    expect(await screen.findByRole('heading', { name: 'Accès réservé' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: "Journal d'audit" })).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
