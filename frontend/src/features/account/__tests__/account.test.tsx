import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { me } from '@/testing/data';
import { apiUrl } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

describe('account', () => {
  it('saves the choice to be emailed about offers matching our requests', async () => {
    const recorder = recordRequests();
    server.use(
      http.put(apiUrl('/me'), async ({ request }) =>
        HttpResponse.json({ ...me(), ...((await request.json()) as object) }),
      ),
    );
    const { user } = renderApp('/account', { as: me() });

    const checkbox = await screen.findByRole('checkbox', {
      name: "M'envoyer un e-mail quand une nouvelle offre pourrait répondre à l'une de mes demandes",
    });
    expect(checkbox).not.toBeChecked();
    await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Vos informations sont enregistrées.')).toBeInTheDocument();
    expect(await recorder.find('PUT', '/me')[0].json()).toEqual({
      firstName: 'Camille',
      lastName: 'Durand',
      locale: 'fr',
      notifyMatchingOffers: true,
    });
  });
});
