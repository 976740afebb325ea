import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ANIMATOR, MAIL_DIR, apiToken, expectAccessible, newPerson, sentEmails, signIn, uniqueSuffix } from './support';

/** A demo member with a password, who can be asked about their own subscription. */
const MEMBER = { email: 'membre1@elbasar.test', password: 'Demo-elbasar-2026!' };

/** The current Paris month, as the newsletter pages name it ("novembre 2026"). */
function parisMonthName() {
  return new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
}

/** The subject the preview shows in a language, once it is that language's. */
async function previewSubject(page: Page, language: 'fr' | 'en') {
  await page
    .getByRole('radiogroup', { name: "Langue de l'aperçu" })
    .getByText(language === 'fr' ? 'Français' : 'English', { exact: true })
    .click();
  const subject = page.locator(`.newsletter-preview__subject [lang="${language}"]`);
  await expect(subject).toBeVisible();
  return ((await subject.textContent()) ?? '').trim();
}

/** How many times a text is in another. */
function occurrences(text: string, part: string) {
  return text.split(part).length - 1;
}

/**
 * The issue's HTML as readers get it, checked with axe on its own: the pages frame it in a
 * sandbox where axe cannot run (e2e/support.ts).
 */
async function expectIssueAccessible(
  browser: Browser,
  request: APIRequestContext,
  id: string,
  language: 'fr' | 'en',
) {
  const rendered = await request.get(`/api/v1/newsletters/${id}/rendered?language=${language}`);
  expect(rendered.ok()).toBe(true);
  const { html } = (await rendered.json()) as { html: string };
  const page = await newPerson(browser);
  await page.setContent(html);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking, `axe violations in the ${language} issue`).toEqual([]);
  await page.context().close();
}

/**
 * The issue's acceptance test: an animator opens this month's draft (composing it when there is
 * none), writes the editorial, removes an item, sends themselves a test, then sends the issue;
 * every subscriber gets it exactly once. One of them unsubscribes with the link of their email,
 * signed out.
 */
test('an animator composes, tests and sends the monthly newsletter; a reader unsubscribes from it', async ({
  browser,
  request,
}) => {
  // Several pages checked with axe, a sending followed to its end: longer than most scenarios.
  test.slow();
  expect(MAIL_DIR, 'E2E_MAIL_DIR: where the platform writes its emails').toBeTruthy();
  const editorial = `Édito de test ${uniqueSuffix()} : bonne lecture à toutes et à tous.`;

  // 1. The animator opens this month's draft from the header, composing it when there is none.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Rédaction de la lettre' })
    .click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Rédaction de la lettre' })).toBeVisible();
  await expect(animator.locator('.loading')).toHaveCount(0);
  await expectAccessible(animator);
  const compose = animator.getByRole('button', { name: /^Composer la lettre de / });
  if (await compose.isVisible()) {
    await compose.click();
  } else {
    await animator
      .getByRole('article')
      .filter({ hasText: `lettre de ${parisMonthName()}` })
      .getByRole('link')
      .click();
  }
  await expect(animator).toHaveURL(/\/newsletters\/[^/]+\/edit$/);
  const issueId = new URL(animator.url()).pathname.split('/')[2];
  const editorialField = animator.getByLabel('Édito en français');
  await expect(editorialField).toBeVisible();
  await expect(animator.getByTitle('Aperçu de la lettre (Français)')).toBeVisible();
  await expectAccessible(animator);

  // 2. The editorial, and one item removed: the preview shows both before anything is saved.
  const subjects = { en: await previewSubject(animator, 'en'), fr: await previewSubject(animator, 'fr') };
  expect(subjects.fr).not.toBe('');
  await animator.getByRole('radiogroup', { name: "Format de l'aperçu" }).getByText('Texte brut', { exact: true }).click();
  const plainText = animator.locator('.newsletter-preview__text');
  await expect(plainText).toBeVisible();
  const removeButtons = animator.getByRole('button', { name: /^Retirer « / });
  expect(await removeButtons.count(), 'the draft has news to remove').toBeGreaterThan(0);
  const removedTitle = /^Retirer « (.*) »$/.exec((await removeButtons.first().getAttribute('aria-label'))!)![1];
  const shownBefore = occurrences((await plainText.textContent()) ?? '', removedTitle);
  expect(shownBefore, `"${removedTitle}" in the preview`).toBeGreaterThan(0);

  await editorialField.fill(editorial);
  await removeButtons.first().click();
  await expect(animator.getByRole('button', { name: `Rétablir « ${removedTitle} »` })).toBeVisible();
  await expect(plainText).toContainText(editorial);
  await expect
    .poll(async () => occurrences((await plainText.textContent()) ?? '', removedTitle), {
      message: 'the item removed is out of the preview',
    })
    .toBe(shownBefore - 1);
  await expectAccessible(animator);

  // 3. A test to the animator's own address (the edit is saved first).
  await animator.getByRole('button', { name: "M'envoyer un test" }).click();
  await expect(
    animator.getByText(`Un exemplaire de test part vers votre adresse (${ANIMATOR.email}).`),
  ).toBeVisible();
  await expect
    .poll(() => sentEmails().filter((email) => email.to === ANIMATOR.email && email.text.includes(editorial)).length, {
      message: 'the test email to the animator, with the new editorial',
      timeout: 30_000,
    })
    .toBe(1);

  // 4. The sending, confirmed in a dialog that follows it to the end.
  const before = new Set(sentEmails().map((email) => email.name));
  await animator.getByRole('button', { name: 'Envoyer…' }).click();
  const dialog = animator.getByRole('dialog', { name: /^Envoyer « / });
  await expect(dialog.getByText('Un envoi ne peut pas être annulé.')).toBeVisible();
  await expectAccessible(animator);
  await dialog.getByRole('button', { name: 'Envoyer maintenant' }).click();
  const progress = dialog.getByRole('progressbar', { name: 'Envoi de la lettre' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(/^Lettre envoyée à \d+ destinataires?\.$/)).toBeVisible({ timeout: 120_000 });
  await expectAccessible(animator);
  const total = Number(await progress.getAttribute('aria-valuemax'));
  await expect(progress).toHaveAttribute('aria-valuetext', `${total} envoyées sur ${total}`);
  expect(total, 'subscribers to send the issue to').toBeGreaterThan(0);

  // Every subscriber has it exactly once, and only them.
  const sent = () =>
    sentEmails().filter(
      (email) =>
        !before.has(email.name) && email.name.startsWith('nl-') && [subjects.fr, subjects.en].includes(email.subject),
    );
  await expect.poll(() => sent().length, { message: 'one newsletter email per recipient', timeout: 30_000 }).toBe(total);
  const recipients = sent().map((email) => email.to);
  expect(new Set(recipients).size, `each recipient once: ${recipients.join(', ')}`).toBe(total);
  // Those who read French have the editorial written today.
  expect(sent().filter((email) => email.subject === subjects.fr && !email.text.includes(editorial))).toEqual([]);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(animator.getByRole('link', { name: 'Lire la lettre en ligne' })).toBeVisible();

  // 5. A reader, signed out, follows the unsubscribe link of their email.
  const reader = sent().find((email) => email.to === MEMBER.email) ?? sent()[0];
  const line = reader.text.split('\n').find((one) => one.includes('/newsletter/unsubscribe/'));
  const link = line && /https?:\/\/[^\s<>"')]+\/newsletter\/unsubscribe\/[^\s<>"')]+/.exec(line)?.[0];
  expect(link, `the unsubscribe link in the email to ${reader.to}`).toBeTruthy();
  const visitor = await newPerson(browser);
  await visitor.goto(link!);
  await expect(visitor.getByRole('heading', { level: 1, name: "Abonnement à la lettre d'information" })).toBeVisible();
  await expect(visitor.getByText(/^Adresse : /)).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole('button', { name: 'Se désabonner' }).click();
  await expect(visitor.getByText('Vous êtes désabonné·e.')).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'Se réabonner' })).toBeVisible();
  await expectAccessible(visitor);

  // Unsubscribed it stays: for the member's own account, and on the page of the link.
  if (reader.to === MEMBER.email) {
    const token = await apiToken(request, MEMBER.email, MEMBER.password);
    const mine = await request.get('/api/v1/me/newsletter', { headers: { Authorization: `Bearer ${token}` } });
    expect(mine.ok()).toBe(true);
    expect(await mine.json()).toMatchObject({ subscribed: false });
  }
  await visitor.reload();
  await expect(visitor.getByText("Vous ne recevez pas la lettre d'information.")).toBeVisible();

  // 6. The issue is in the public archive, readable signed out.
  await visitor.goto('/newsletter');
  await expect(visitor.getByRole('heading', { level: 1, name: "Lettre d'information" })).toBeVisible();
  await visitor.locator(`a[href="/newsletter/${issueId}"]`).click();
  await expect(visitor).toHaveURL(new RegExp(`/newsletter/${issueId}$`));
  await expect(visitor.getByTitle(/^Lettre d'information : /)).toBeVisible();
  await expectAccessible(visitor);
  await expectIssueAccessible(browser, request, issueId, 'fr');
  await expectIssueAccessible(browser, request, issueId, 'en');
});

/**
 * The post of the day, as an animator relies on it: today's proposal (the demo data of the fresh
 * platform scripts/e2e.sh starts always gives one), its text adjusted and accepted; from then on
 * the page shows it accepted with no decision left to take, after a reload too, and the API
 * answers it accepted with the accepted text.
 */
test('an animator reviews the post of the day and accepts it', async ({ browser, request }) => {
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Annonce du jour' })
    .click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Annonce du jour' })).toBeVisible();
  await expect(animator.locator('.loading')).toHaveCount(0);
  const today = animator.getByRole('heading', { level: 2, name: /^Proposition du / });
  await expect(today, "today's proposal: the demo data always has something to propose").toContainText('Proposée');
  const accept = animator.getByRole('button', { name: 'Accepter' });
  const skip = animator.getByRole('button', { name: /^Passer/ });
  await expect(accept).toBeVisible();
  await expectAccessible(animator);

  const text = animator.getByLabel("Texte de l'annonce");
  const accepted = `À la une aujourd'hui ! ${await text.inputValue()}`.slice(0, 500);
  await text.fill(accepted);
  await accept.click();
  await expect(animator.getByText("Annonce acceptée : elle compte comme l'annonce du jour.")).toBeVisible();

  // What the animator relies on once it is accepted: shown so, by whom, and nothing left to decide.
  const expectShownAccepted = async () => {
    await expect(today).toContainText('Acceptée');
    await expect(animator.getByText(/^Acceptée par /)).toBeVisible();
    await expect(accept).toHaveCount(0);
    await expect(skip).toHaveCount(0);
    await expect(text).toHaveValue(accepted);
  };
  await expectShownAccepted();
  const headers = { Authorization: `Bearer ${await apiToken(request, ANIMATOR.email, ANIMATOR.password)}` };
  const answer = await request.get('/api/v1/posts-of-the-day/today', { headers });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ status: 'ACCEPTED', text: accepted });

  await animator.reload();
  await expect(animator.locator('.loading')).toHaveCount(0);
  await expectShownAccepted();
  // The history lists it accepted (the fresh platform has no other post).
  await expect(
    animator.getByRole('table', { name: /Annonces des jours précédents/ }).getByRole('row').filter({ hasText: 'Acceptée' }),
  ).toHaveCount(1);
  await expectAccessible(animator);
});
