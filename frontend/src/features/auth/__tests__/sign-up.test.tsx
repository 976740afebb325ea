import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { currentUrl, recordRequests, renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

async function fillValidForm(user: User) {
  await user.type(await screen.findByLabelText('Prénom'), 'Camille');
  await user.type(screen.getByLabelText('Nom'), 'Durand');
  await user.type(screen.getByLabelText('Adresse e-mail'), 'camille@ateliers-reemploi.example');
  await user.type(screen.getByLabelText('Mot de passe'), 'un-mot-de-passe-solide');
  await user.type(screen.getByLabelText('Nom de la structure'), 'Les Ateliers du Réemploi');
  await user.click(screen.getByRole('button', { name: /Forme juridique/ }));
  await user.click(await screen.findByRole('option', { name: 'Association' }));
  await user.type(screen.getByLabelText(/Numéro SIRET/), '732 829 320 00074');
  await user.type(screen.getByRole('combobox', { name: 'Commune' }), 'Lil');
  await user.click(await screen.findByRole('option', { name: /Lille/ }));
  await user.click(await screen.findByRole('checkbox', { name: 'Réemploi et recyclage' }));
  await user.type(screen.getByLabelText('Présentation'), 'Une recyclerie associative.');
  await user.type(screen.getByLabelText('E-mail de contact'), 'contact@ateliers-reemploi.example');
  await user.click(screen.getByRole('checkbox', { name: /J'ai lu la charte/ }));
}

const submit = (user: User) => user.click(screen.getByRole('button', { name: /Envoyer ma demande/ }));

describe('sign-up', () => {
  it('shows what is missing before sending anything', async () => {
    const recorder = recordRequests();
    const { user } = renderApp('/sign-up');
    await screen.findByRole('checkbox', { name: /J'ai lu la charte/ });

    await submit(user);

    expect(await screen.findAllByText('Ce champ est obligatoire.')).not.toHaveLength(0);
    expect(screen.getByLabelText('Prénom')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choisissez la forme juridique.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez la commune dans la liste.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez au moins un secteur.')).toBeInTheDocument();
    expect(screen.getByText('Pour adhérer, il faut accepter la charte.')).toBeInTheDocument();
    expect(screen.getByLabelText('Prénom')).toHaveFocus();
    expect(recorder.find('POST', '/auth/signup')).toHaveLength(0);
  });

  it('checks the SIRET key and the password length', async () => {
    const { user } = renderApp('/sign-up');
    await user.type(await screen.findByLabelText(/Numéro SIRET/), '73282932000075');
    await user.type(screen.getByLabelText('Mot de passe'), 'court');

    await submit(user);

    expect(await screen.findByText(/Ce numéro SIRET n'est pas valide/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Numéro SIRET/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Au moins 12 caractères.', { selector: '.field__error' })).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Numéro SIRET/));
    await user.type(screen.getByLabelText(/Numéro SIRET/), '73282932000074');
    await submit(user);

    expect(screen.queryByText(/Ce numéro SIRET n'est pas valide/)).not.toBeInTheDocument();
  });

  it('shows the server’s objections next to the fields they concern', async () => {
    server.use(
      http.post(apiUrl('/auth/signup'), () =>
        problem(400, 'Données invalides', {
          detail: 'Certains champs sont invalides.',
          violations: [
            { field: 'person.email', message: 'Adresse déjà utilisée par une demande en cours' },
            { field: 'organisation.communeId', message: 'Commune inconnue' },
            { field: 'charterVersion', message: 'La charte a changé : relisez-la' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/sign-up');
    await fillValidForm(user);

    await submit(user);

    const email = screen.getByLabelText('Adresse e-mail');
    expect(await screen.findByText('Adresse déjà utilisée par une demande en cours')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Adresse déjà utilisée par une demande en cours/);
    expect(screen.getByRole('combobox', { name: 'Commune' })).toHaveAccessibleDescription(/Commune inconnue/);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Données invalides');
    expect(within(alert).getByText('La charte a changé : relisez-la')).toBeInTheDocument();
  });

  it('sends the request and says what happens next', async () => {
    const recorder = recordRequests();
    server.use(http.post(apiUrl('/auth/signup'), () => HttpResponse.json({ status: 'RECEIVED' }, { status: 202 })));
    const { user, router } = renderApp('/sign-up');
    await fillValidForm(user);

    await submit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Demande envoyée' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-up/pending');
    expect(screen.getByText(/camille@ateliers-reemploi.example/)).toBeInTheDocument();
    const [request] = recorder.find('POST', '/auth/signup');
    expect(await request.json()).toMatchObject({
      person: { firstName: 'Camille', email: 'camille@ateliers-reemploi.example', locale: 'fr' },
      organisation: {
        name: 'Les Ateliers du Réemploi',
        legalForm: 'ASSOCIATION',
        siret: '73282932000074',
        communeId: 'commune:59350',
        sectorCodes: ['reuse'],
      },
      charterVersion: 2,
      acceptCharter: true,
    });
  });
});
