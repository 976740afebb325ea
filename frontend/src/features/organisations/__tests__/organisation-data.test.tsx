import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ateliers, me, organisationDetail } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const FILE = 'elbasar-donnees-organisation-2026-11-28.json';

let saved: string[];

beforeEach(() => {
  server.use(
    http.get(apiUrl('/organisations/:id'), () => HttpResponse.json(organisationDetail(), { headers: { ETag: '"3"' } })),
    http.get(apiUrl('/organisations/:id/people'), () => HttpResponse.json([])),
    http.get(apiUrl('/organisations/:id/invitations'), () => HttpResponse.json([])),
    http.get(apiUrl('/organisations/:id/data'), () =>
      HttpResponse.json(
        { subject: { type: 'organisation', id: ateliers.id }, profile: { name: ateliers.name }, records: {} },
        { headers: { 'Content-Disposition': `attachment; filename="${FILE}"` } },
      ),
    ),
  );
  saved = [];
  URL.createObjectURL = vi.fn(() => 'blob:organisation-data');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => vi.restoreAllMocks());

describe("an organisation's data", () => {
  it('is downloaded by its admin from their organisation page, through the API with the session', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/my-organisation', { as: me() });

    const section = await screen.findByRole('region', { name: 'Données de la structure' });
    await user.click(within(section).getByRole('button', { name: "Télécharger les données de l'organisation (JSON)" }));

    expect(await within(section).findByText(`Fichier téléchargé : ${FILE}`)).toBeInTheDocument();
    expect(saved).toEqual([FILE]);
    const [request] = recorder.find('GET', `/organisations/${ateliers.id}/data`);
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    recorder.stop();
  });

  it("is not offered to the organisation's other members", async () => {
    const member = me({ roles: ['MEMBER'], organisation: { ...me().organisation!, role: 'MEMBER' } });
    renderApp('/my-organisation', { as: member });

    expect(await screen.findByRole('heading', { level: 1, name: ateliers.name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Télécharger les données de l'organisation (JSON)" })).not.toBeInTheDocument();
  });

  it("is offered to platform admins on the organisation's page", async () => {
    const admin = me({ id: 'ad1', roles: ['ADMIN'], organisation: null });
    const { user } = renderApp(`/organisations/${ateliers.id}`, { as: admin });

    await user.click(await screen.findByRole('button', { name: "Télécharger les données de l'organisation (JSON)" }));
    expect(await screen.findByText(`Fichier téléchargé : ${FILE}`)).toBeInTheDocument();
  });

  it('is not offered to other visitors of the page', async () => {
    renderApp(`/organisations/${ateliers.id}`, { as: me({ id: 'p9', organisation: null, roles: ['MEMBER'] }) });

    expect(await screen.findByRole('heading', { level: 1, name: ateliers.name })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Données de la structure' })).not.toBeInTheDocument();
  });
});
