import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ANIMATOR, MAIL_DIR, apiToken, choose, expectAccessible, newMember, newPerson, sentEmails, signIn, uniqueSuffix } from './support';

/** The texts of the emails sent to someone so far. */
function emailsTo(address: string) {
  return sentEmails().filter((email) => email.to === address).map((email) => email.text);
}

/** A Paris day some days from today (YYYY-MM-DD). */
function parisDayIn(days: number) {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
}

/**
 * The acceptance test: an animator publishes an apéro with two places; three members
 * register and the third waits; one of the first two gives their place up, and the third is
 * registered (and told by email). On the day, the organiser's list shows the two registered
 * people and checks one in.
 */
test('an apéro with two places fills up, its waiting list moves up, and people are checked in', async ({
  browser,
  request,
}) => {
  // Four people, six pages checked with axe: longer than most scenarios.
  test.slow();
  const suffix = uniqueSuffix();
  const title = `Apéro du réseau ${suffix}`;
  const day = parisDayIn(30);
  const [first, second, third] = [
    await newMember(request, 'Anna', suffix),
    await newMember(request, 'Bruno', suffix),
    await newMember(request, 'Chloé', suffix),
  ];

  // 1. The animator publishes the apéro, with two places, from the calendar.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Événements' })
    .click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
  await expectAccessible(animator);
  // The choice applies at once: the URL changes, then the radio follows it.
  await animator.getByRole('radiogroup', { name: 'Affichage' }).getByText('Mois', { exact: true }).click();
  await expect(animator).toHaveURL(/view=month/);
  await expect(animator.getByRole('table')).toBeVisible();
  await expectAccessible(animator);

  await animator.getByRole('link', { name: 'Créer un événement' }).click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Créer un événement' })).toBeVisible();
  await choose(animator, /Type d'événement/, 'Apéro');
  await animator.getByLabel('Titre').fill(title);
  await animator.getByLabel(/Description/).fill('On se retrouve après le travail pour faire connaissance.');
  await animator.getByLabel('Début').fill(`${day}T18:30`);
  await animator.getByLabel('Fin').fill(`${day}T20:30`);
  await animator.getByLabel(/Nombre de places/).fill('2');
  await animator.getByRole('combobox', { name: 'Territoire' }).fill('Lille');
  await animator.getByRole('option', { name: /^Lille/ }).first().click();
  await animator.getByLabel(/Lieu et adresse/).fill('La Gare Saint-Sauveur, 17 boulevard Jean-Baptiste Lebas, Lille');
  await expectAccessible(animator);
  await animator.getByRole('button', { name: "Publier l'événement" }).click();

  await expect(animator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(animator.getByText("Événement publié : il est dans l'agenda du réseau.")).toBeVisible();
  await expect(animator.getByText('2 places restantes sur 2')).toBeVisible();
  await expectAccessible(animator);
  const eventPath = new URL(animator.url()).pathname;
  const eventId = eventPath.split('/').pop()!;

  // 2. The first member finds it in the calendar and registers.
  const anna = await newPerson(browser);
  await signIn(anna, first.email, first.password);
  await anna.goto(`/events?view=month&month=${day.slice(0, 7)}`);
  await anna.getByRole('table').getByRole('link', { name: new RegExp(title) }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await anna.getByRole('button', { name: "M'inscrire" }).click();
  await expect(anna.getByText('Vous êtes inscrit·e.')).toBeVisible();
  await expect(anna.getByText('1 place restante sur 2')).toBeVisible();

  // The second registers through the API: the apéro is full.
  const brunoToken = await apiToken(request, second.email, second.password);
  const registered = await request.post(`/api/v1/events/${eventId}/registrations`, {
    headers: { Authorization: `Bearer ${brunoToken}` },
  });
  expect(registered.status()).toBe(201);
  expect(((await registered.json()) as { status: string }).status).toBe('REGISTERED');

  // 3. The third finds it full, and joins the waiting list.
  const chloe = await newPerson(browser);
  await signIn(chloe, third.email, third.password);
  await chloe.goto(eventPath);
  await expect(chloe.getByText('Complet', { exact: true })).toBeVisible();
  await expectAccessible(chloe);
  await chloe.getByRole('button', { name: "M'inscrire sur la liste d'attente" }).click();
  await expect(chloe.getByText("Vous êtes sur la liste d'attente (position 1).")).toBeVisible();
  await chloe.getByRole('link', { name: 'Voir toutes mes inscriptions' }).click();
  const chloeRegistration = chloe.getByRole('article', { name: title });
  await expect(chloeRegistration.getByText("En liste d'attente (position 1)")).toBeVisible();
  await expectAccessible(chloe);

  // 4. The first gives her place up, from her registrations.
  await anna.getByRole('link', { name: 'Voir toutes mes inscriptions' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Mes inscriptions et événements' })).toBeVisible();
  await anna.getByRole('button', { name: `Annuler mon inscription — ${title}` }).click();
  await expect(anna.getByText(`Inscription annulée : ${title}.`)).toBeVisible();
  await expect(anna.getByRole('article', { name: title })).toHaveCount(0);
  await expectAccessible(anna);

  // 5. The third, on reloading her registrations, is registered…
  await chloe.reload();
  await expect(chloeRegistration.getByText('Inscrit·e', { exact: true })).toBeVisible();
  await expect(chloeRegistration.getByText("Une place s'est libérée : vous êtes maintenant inscrit·e.")).toBeVisible();
  await expectAccessible(chloe);

  // …and told by email, with the event's link.
  if (MAIL_DIR) {
    await expect
      .poll(
        () =>
          emailsTo(third.email).filter(
            (text) => /^Subject: .*/m.exec(text)![0].includes(title) && text.includes(eventPath),
          ).length,
        { message: `the email telling ${third.email} she has a place`, timeout: 20_000 },
      )
      .toBe(1);
  }

  // 6. On the day, on the organiser's phone: the two registered people, and a check-in.
  await animator.setViewportSize({ width: 360, height: 740 });
  await animator.reload();
  await animator.getByRole('link', { name: /^Participants/ }).click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  const list = animator.getByRole('list', { name: "Personnes inscrites et en liste d'attente" });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText(`${second.firstName} ${second.lastName}`)).toBeVisible();
  await expect(list.getByText(`${third.firstName} ${third.lastName}`)).toBeVisible();
  await expect(list.getByText(`${first.firstName} ${first.lastName}`)).toHaveCount(0);
  const counts = animator.getByRole('region', { name: 'En chiffres' });
  await expect(counts.getByRole('definition').first()).toHaveText('2');
  const checkIn = list.getByRole('button', { name: `Présent·e : ${third.firstName} ${third.lastName}` });
  await expect(checkIn).toHaveAttribute('aria-pressed', 'false');
  await checkIn.click();
  await expect(checkIn).toHaveAttribute('aria-pressed', 'true');
  await expect(list.getByText(/arrivé·e à \d{2}:\d{2}/)).toBeVisible();
  await expectAccessible(animator);
  await expectNoHorizontalScroll(animator);

  // The list as a file, for the organiser's records.
  const downloading = animator.waitForEvent('download');
  await animator.getByRole('button', { name: 'Télécharger la liste (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`elbasar-attendees-${eventId}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(second.email);
  expect(csv).toContain(third.email);
});
