import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OrganisationDetail } from '@/lib/api/types';
import { ateliers, me, organisationDetail } from '@/testing/data';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

let stored: OrganisationDetail;

beforeEach(() => {
  stored = organisationDetail();
  server.use(
    http.get(apiUrl('/organisations/:id'), () =>
      HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } }),
    ),
    http.get(apiUrl('/organisations/:id/people'), () =>
      HttpResponse.json([
        { id: 'p1', email: 'camille@ateliers-reemploi.example', firstName: 'Camille', lastName: 'Durand', role: 'ORG_ADMIN' },
      ]),
    ),
    http.get(apiUrl('/organisations/:id/invitations'), () => HttpResponse.json([])),
  );
});

describe('editing my organisation', () => {
  it('saves with the version read, and says so', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/organisations/:id'), async ({ request }) => {
        stored = { ...stored, ...((await request.json()) as object), version: stored.version + 1 } as OrganisationDetail;
        return HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } });
      }),
    );
    const { user } = renderApp('/my-organisation', { as: me() });

    const name = await screen.findByLabelText('Nom de la structure');
    await user.clear(name);
    await user.type(name, 'Ateliers du Réemploi de Lille');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await screen.findByText('Profil enregistré.')).toBeInTheDocument();
    const [put] = recorder.find('PUT', `/organisations/${ateliers.id}`);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({ name: 'Ateliers du Réemploi de Lille', communeId: 'commune:59350' });
  });

  it('tells when someone else saved meanwhile, and reloads their version', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/organisations/:id'), ({ request }) =>
        request.headers.get('If-Match') === `"${stored.version}"`
          ? HttpResponse.json(stored, { headers: { ETag: `"${stored.version}"` } })
          : problem(412, 'Modifié entre-temps'),
      ),
    );
    const { user } = renderApp('/my-organisation', { as: me() });
    const name = await screen.findByLabelText('Nom de la structure');
    // Someone else saves a new name while this form is open.
    stored = { ...stored, name: 'Le nom choisi par Dominique', version: 4 };

    await user.type(name, ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Quelqu'un d'autre a modifié ces informations entre-temps.");

    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(screen.getByLabelText('Nom de la structure')).toHaveValue('Le nom choisi par Dominique'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect(await screen.findByText('Profil enregistré.')).toBeInTheDocument();
    const puts = recorder.find('PUT', `/organisations/${ateliers.id}`);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('shows the profile read-only to people who are not its admins', async () => {
    renderApp('/my-organisation', {
      as: me({ roles: ['MEMBER'], organisation: { ...me().organisation!, role: 'MEMBER' } }),
    });

    expect(
      await screen.findByText('Seuls les administrateurs de la structure peuvent modifier son profil.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Nom de la structure')).not.toBeInTheDocument();
  });
});
