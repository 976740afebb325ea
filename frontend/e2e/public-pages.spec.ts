import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

/** Pages anyone can open, checked with axe. */
const PAGES = [
  { path: '/', heading: /elBasar/ },
  { path: '/directory', heading: 'Annuaire des adhérents' },
  { path: '/charter', heading: 'La charte des adhérents' },
  { path: '/sign-in', heading: 'Se connecter' },
  { path: '/forgot-password', heading: 'Mot de passe oublié' },
  { path: '/reset-password?token=unknown', heading: 'Choisir un nouveau mot de passe' },
  { path: '/no-such-page', heading: 'Page introuvable' },
];

for (const { path, heading } of PAGES) {
  test(`${path} is accessible`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the language switch turns the page to English and is remembered', async ({ page }) => {
  await page.goto('/directory');
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Members' directory" })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: "Members' directory" })).toBeVisible();
  await expectAccessible(page);
});

test('asking for a password reset answers the same for any address', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Adresse e-mail').fill('personne@example.org');
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByText(/Si un compte existe pour personne@example.org/)).toBeVisible();
  await expectAccessible(page);
});
