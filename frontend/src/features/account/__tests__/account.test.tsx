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

  it('subscribes to the monthly newsletter and unsubscribes, saved at once', async () => {
    const sent: unknown[] = [];
    server.use(
      http.put(apiUrl('/me/newsletter'), async ({ request }) => {
        const body = (await request.json()) as { subscribed: boolean };
        sent.push(body);
        return HttpResponse.json({ subscribed: body.subscribed, email: 'camille@ateliers-reemploi.example' });
      }),
    );
    const { user } = renderApp('/account', { as: me() });

    const newsletter = await screen.findByRole('checkbox', { name: "Recevoir la lettre d'information mensuelle" });
    expect(newsletter).not.toBeChecked();
    expect(newsletter).toHaveAccessibleDescription(
      'Chaque mois, les nouvelles du réseau, envoyées à camille@ateliers-reemploi.example.',
    );
    await user.click(newsletter);

    expect(await screen.findByText("C'est noté : vous recevrez la lettre d'information.")).toBeInTheDocument();
    expect(newsletter).toBeChecked();
    await user.click(newsletter);
    expect(await screen.findByText("C'est noté : vous ne recevrez plus la lettre d'information.")).toBeInTheDocument();
    expect(newsletter).not.toBeChecked();
    expect(sent).toEqual([{ subscribed: true }, { subscribed: false }]);
  });
});
