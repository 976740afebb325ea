import { expect, test, type Page } from '@playwright/test';
import { ANIMATOR, choose, expectAccessible, newPerson, signIn } from './support';

/** Demo members (ELBASAR_DEMO_DATA=true): two organisations' admins. */
const MEMBER_1 = { email: 'membre1@elbasar.test', password: ANIMATOR.password };
const MEMBER_2 = { email: 'membre2@elbasar.test', password: ANIMATOR.password };

/** A made-up word that only this run's offer carries: letters only, so the search sees one word. */
function uniqueWord() {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `zq${Array.from({ length: 8 }, () => letters[Math.floor(Math.random() * letters.length)]).join('')}`;
}

async function searchOffers(page: Page, words: string) {
  await page.goto('/offers');
  await page.getByRole('searchbox', { name: 'Mots-clés' }).fill(words);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

/**
 * An offer's life: a member lends a trailer, another member finds it in
 * spite of accents and plurals and gets the contact, an animator hides it,
 * and it is no longer found.
 */
test('a member lends a trailer, another finds it, an animator hides it', async ({ browser }) => {
  const word = uniqueWord();
  const title = `Prêt d'une remorque ${word}`;
  const search = `pret remorques ${word}`;

  // 1. Member 1 publishes a non-market equipment loan.
  const lender = await newPerson(browser);
  await signIn(lender, MEMBER_1.email, MEMBER_1.password);
  await lender.getByRole('navigation').getByRole('link', { name: 'Offres' }).click();
  await lender.getByRole('link', { name: 'Publier une offre' }).click();
  await expect(lender.getByRole('heading', { level: 1, name: 'Publier une offre' })).toBeVisible();
  await expectAccessible(lender);
  await lender.getByLabel('Titre').fill(title);
  await lender.getByLabel('Description').fill(`Remorque bâchée de 750 kg (${word}), prêtée le week-end aux adhérents.`);
  await choose(lender, /Catégorie/, 'Véhicules et remorques');
  await choose(lender, /Type d'échange/, 'Prêt de matériel');
  // Non-market: no price to give, an indicative value instead.
  await expect(lender.getByLabel('Prix en euros, hors taxes')).toHaveCount(0);
  await lender.getByLabel(/Valeur indicative/).fill('40');
  await lender.getByRole('radio', { name: 'Une intercommunalité (EPCI)' }).check({ force: true });
  await lender.getByRole('combobox', { name: 'Intercommunalité' }).fill('Métropole Européenne');
  await lender.getByRole('option', { name: /Métropole Européenne de Lille/ }).click();
  await lender.getByLabel(/Disponibilité/).fill('Les week-ends, sur réservation');
  await lender.getByRole('button', { name: 'Enregistrer et publier' }).click();

  await expect(lender.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(lender.getByText('Annonce publiée : elle est maintenant dans le catalogue.')).toBeVisible();
  await expect(lender.getByText('Gratuit · non marchand')).toBeVisible();
  await expectAccessible(lender);
  const itemUrl = lender.url();

  // 2. Member 2 finds it without accents, in the plural, and gets the contact.
  const seeker = await newPerson(browser);
  await signIn(seeker, MEMBER_2.email, MEMBER_2.password);
  await searchOffers(seeker, search);
  await expect(seeker.getByText('1 offre trouvée')).toBeVisible();
  await seeker.getByRole('link', { name: title }).click();
  await expect(seeker.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(seeker.getByRole('link', { name: MEMBER_1.email })).toBeVisible();
  await expectAccessible(seeker);

  // Member 2 keeps that search: new matches will come by email.
  await searchOffers(seeker, search);
  await seeker.getByRole('button', { name: 'Enregistrer cette recherche' }).click();
  await seeker.getByRole('dialog').getByLabel('Nom de la recherche').fill(`Remorque ${word}`);
  await seeker.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(seeker.getByText(/Recherche enregistrée/)).toBeVisible();
  await seeker.getByRole('link', { name: 'Voir mes recherches' }).click();
  await expect(seeker.getByRole('heading', { level: 1, name: 'Mes recherches enregistrées' })).toBeVisible();
  await expect(
    seeker.getByRole('article', { name: `Remorque ${word}` }).getByRole('link', { name: title }),
  ).toBeVisible();
  await expectAccessible(seeker);

  // 3. The animator hides it, with a reason.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator.goto(itemUrl);
  await animator.getByRole('button', { name: "Masquer l'annonce" }).click();
  const dialog = animator.getByRole('dialog');
  await dialog.getByLabel('Motif').fill('Annonce de test à retirer du catalogue.');
  await dialog.getByRole('button', { name: "Masquer l'annonce" }).click();
  await expect(animator.getByText('Annonce masquée. Son auteur est prévenu par e-mail.')).toBeVisible();
  await animator.getByRole('navigation').getByRole('link', { name: 'Modération' }).click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Modération' })).toBeVisible();
  await expect(animator.getByRole('article', { name: title })).toBeVisible();
  await expectAccessible(animator);

  // 4. Member 2 no longer finds it.
  await searchOffers(seeker, search);
  await expect(seeker.getByText('Aucune offre trouvée')).toBeVisible();

  // Its organisation sees why, on its items.
  await lender.getByRole('navigation').getByRole('link', { name: 'Mes annonces' }).click();
  await expect(lender.getByRole('heading', { level: 1, name: 'Mes annonces' })).toBeVisible();
  await expect(
    lender.getByRole('article', { name: title }).getByText("Masquée par l'équipe d'animation"),
  ).toBeVisible();
  await expectAccessible(lender);
  await lender.goto(itemUrl);
  await expect(lender.getByText('Motif : Annonce de test à retirer du catalogue.')).toBeVisible();
});

for (const { path, heading, count } of [
  { path: '/offers', heading: 'Les offres des adhérents', count: /offres? trouvées?/ },
  { path: '/requests', heading: 'Les demandes des adhérents', count: /demandes? trouvées?/ },
]) {
  test(`${path} lists the catalogue and is accessible`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(count)).toBeVisible();
    await expectAccessible(page);
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('/offers fits, its filters folded behind a button', async ({ page }) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/offers');
    await expect(page.getByText(/offres? trouvées?/)).toBeVisible();
    await expectAccessible(page);
    expect(await overflow(), 'page wider than the screen').toBeLessThanOrEqual(0);

    const market = page.getByRole('radiogroup', { name: 'Échange' });
    await expect(market).toBeHidden();
    await page.getByRole('button', { name: /^Filtres/ }).click();
    await expect(market).toBeVisible();
    expect(await overflow(), 'page wider than the screen').toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
