import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiToken, choose, expectAccessible, newMember, newPerson, signIn, uniqueSuffix } from './support';

/** The demo platform admin, who reads the audit log. */
const ADMIN = { email: 'admin@elbasar.test', password: 'Demo-elbasar-2026!' };

/**
 * The acceptance test for personal data: a new member downloads what the platform holds
 * about them from their account page, then erases their account with their password; they are
 * signed out and cannot sign in again, and an admin finds the erasure in the audit log.
 */
test('a member downloads their data, erases their account, and an admin sees it in the audit log', async ({
  browser,
  request,
}) => {
  // Two people, five pages checked with axe: longer than most scenarios.
  test.slow();
  const member = await newMember(request, 'Ysé', uniqueSuffix());
  // The id the audit log names the person by.
  const token = await apiToken(request, member.email, member.password);
  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(me.ok()).toBe(true);
  const { id: personId } = (await me.json()) as { id: string };

  // 1. The member opens their account page from the header.
  const page = await newPerson(browser);
  await signIn(page, member.email, member.password);
  await page.getByRole('button', { name: `Compte de ${member.firstName}` }).click();
  await page.getByRole('menuitem', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(page);

  // 2. They download their data: a JSON file about them.
  const data = page.getByRole('region', { name: 'Mes données' });
  await expect(data.getByText('les échanges que vous avez déclarés ;')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Télécharger mes données (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^elbasar-donnees-personnelles-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(file) as { subject: { type: string; id: string } };
  expect(exported.subject).toEqual({ type: 'person', id: personId });
  expect(file, 'the file holds their email address').toContain(member.email);
  await expect(data.getByText(`Fichier téléchargé : ${download.suggestedFilename()}`)).toBeVisible();

  // 3. They erase their account: the dialog says what goes and what stays, and wants the password.
  await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer mon compte ?' });
  await expect(dialog.getByText(/^Seront effacés : vos nom, adresse e-mail et mot de passe/)).toBeVisible();
  await expect(dialog.getByText(/^Resteront à votre structure, pour ses chiffres, mais sans votre nom/)).toBeVisible();
  await expectAccessible(page);
  const password = dialog.getByLabel('Mot de passe actuel');
  await password.fill(`pas-le-bon-${member.password}`);
  await dialog.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
  // A wrong password is refused on its field; the account is still there.
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
  await password.fill(member.password);
  await dialog.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();

  // Signed out, on the home page, told so.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Votre compte a été supprimé.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Compte de / })).toHaveCount(0);
  await expectAccessible(page);
  // A reload finds no session either (the refresh cookie went with the account).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  // 4. They cannot sign in again.
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').fill(member.email);
  await page.getByLabel('Mot de passe').fill(member.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: /^Compte de / })).toHaveCount(0);
  const login = await request.post('/api/v1/auth/login', { data: { email: member.email, password: member.password } });
  expect(login.ok(), 'signing in to an erased account').toBe(false);

  // 5. An admin finds the download and the erasure in the audit log, the accounts' actions first.
  const admin = await newPerson(browser);
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: "Journal d'audit" })
    .click();
  await expect(admin.getByRole('heading', { level: 1, name: "Journal d'audit" })).toBeVisible();
  await expect(admin.getByRole('table')).toBeVisible();
  await expectAccessible(admin);
  await choose(admin, /Type d'action/, 'Comptes : données téléchargées, suppressions');
  await expect(admin).toHaveURL(/family=account/);
  const table = admin.getByRole('table', { name: 'Actions enregistrées : Comptes : données téléchargées, suppressions' });
  const aboutThem = table.getByRole('row').filter({ hasText: personId });
  await expect(aboutThem.filter({ has: admin.getByRole('rowheader', { name: 'Compte supprimé' }) })).toHaveCount(1);
  await expect(
    aboutThem.filter({ has: admin.getByRole('rowheader', { name: 'Données personnelles téléchargées' }) }),
  ).toHaveCount(1);
  await expectAccessible(admin);
});
