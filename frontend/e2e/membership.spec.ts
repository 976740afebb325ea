import { expect, test } from '@playwright/test';
import { ANIMATOR, choose, expectAccessible, newPerson, signIn, uniqueSuffix } from './support';

/**
 * The life of a new member: it signs up, an animator approves it, it shows in
 * the directory, and its person edits its profile.
 */
test('a new organisation signs up, is approved, is found, and edits its profile', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const organisationName = `Atelier Partagé ${suffix}`;
  const person = { email: `camille.${suffix}@example.org`, password: `Mot-de-passe-${suffix}` };

  // 1. Sign-up, as a visitor.
  const visitor = await newPerson(browser);
  await visitor.goto('/sign-up');
  await expectAccessible(visitor);
  await visitor.getByLabel('Prénom').fill('Camille');
  await visitor.getByLabel('Nom', { exact: true }).fill(`Durand ${suffix}`);
  await visitor.getByLabel('Adresse e-mail').fill(person.email);
  await visitor.getByLabel('Mot de passe').fill(person.password);
  await visitor.getByLabel('Nom de la structure').fill(organisationName);
  await choose(visitor, /Forme juridique/, 'Association');
  await visitor.getByRole('combobox', { name: 'Commune' }).fill('Lille');
  await visitor.getByRole('option', { name: /^Lille/ }).first().click();
  await visitor.getByRole('group', { name: /Secteurs d'activité/ }).getByRole('checkbox').first().check({ force: true });
  await visitor.getByLabel('Présentation').fill(`Atelier de réparation partagé ${suffix}, ouvert à tous.`);
  await visitor.getByLabel('Activités').fill('réparation de vélos\nprêt d’outils');
  await visitor.getByLabel('E-mail de contact').fill(`contact.${suffix}@example.org`);
  await visitor.getByRole('checkbox', { name: /J'ai lu la charte/ }).check({ force: true });
  await visitor.getByRole('button', { name: /Envoyer ma demande/ }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Demande envoyée' })).toBeVisible();
  await expectAccessible(visitor);

  // Not in the directory before approval.
  await visitor.goto(`/directory?q=${suffix}`);
  await expect(visitor.getByText('Aucune structure trouvée')).toBeVisible();

  // 2. The animator approves it.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator.getByRole('link', { name: "Demandes d'adhésion" }).click();
  await expect(animator.getByRole('heading', { level: 1, name: "Demandes d'adhésion" })).toBeVisible();
  await expectAccessible(animator);
  // The queue is oldest first: page until this request shows.
  await expect(animator.getByText(/en attente\.$/)).toBeVisible();
  const request = animator.getByRole('article', { name: organisationName });
  while (!(await request.isVisible())) {
    await animator.getByRole('button', { name: 'Page suivante' }).click();
  }
  await request.getByRole('button', { name: "Valider l'adhésion" }).click();
  await expect(animator.getByText(`${organisationName} est maintenant adhérente.`)).toBeVisible();
  await expect(request).toHaveCount(0);

  // 3. It is in the directory, for everyone.
  await visitor.goto('/directory');
  await expectAccessible(visitor);
  await visitor.getByRole('searchbox', { name: 'Mots-clés' }).fill(suffix);
  await visitor.getByRole('button', { name: 'Rechercher' }).click();
  await expect(visitor).toHaveURL(new RegExp(`q=${suffix}`));
  await expect(visitor.getByText('1 structure trouvée')).toBeVisible();
  await visitor.getByRole('link', { name: organisationName }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Connectez-vous pour voir les contacts' })).toBeVisible();
  await expectAccessible(visitor);

  // 4. Its person signs in and edits the profile.
  const member = await newPerson(browser);
  await signIn(member, person.email, person.password);
  await member.getByRole('button', { name: 'Compte de Camille' }).click();
  await member.getByRole('menuitem', { name: 'Ma structure' }).click();
  await expect(member.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expectAccessible(member);
  const newDescription = `Atelier de réparation partagé ${suffix}, désormais ouvert le samedi.`;
  await member.getByLabel('Présentation').fill(newDescription);
  await member.getByLabel(/Téléphone/).fill('03 20 12 34 56');
  await member.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(member.getByText('Profil enregistré.')).toBeVisible();

  // A reload keeps the session (refresh cookie) and shows what was saved.
  await member.reload();
  await expect(member.getByRole('button', { name: 'Compte de Camille' })).toBeVisible();
  await expect(member.getByLabel('Présentation')).toHaveValue(newDescription);

  // What others see has changed, and members see the contacts.
  await member.getByRole('link', { name: 'Voir la page publique de la structure' }).click();
  await expect(member.getByText('désormais ouvert le samedi')).toBeVisible();
  await expect(member.getByRole('link', { name: '03 20 12 34 56' })).toBeVisible();
  await expectAccessible(member);

  await member.getByRole('button', { name: 'Compte de Camille' }).click();
  await member.getByRole('menuitem', { name: 'Mon compte' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(member);
});
