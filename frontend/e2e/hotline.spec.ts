import { expect, test } from '@playwright/test';
import { ANIMATOR, MAIL_DIR, choose, expectAccessible, newPerson, sentEmails, signIn, uniqueSuffix } from './support';

/** A demo organisation (ELBASAR_DEMO_DATA=true) that has no trailer to lend itself. */
const REQUESTER = 'Les Jardins de Cocagne de Tourcoing';

/** The path of a follow-up link answering "yes": /follow-up/<token>/yes. */
const YES_LINK = /\/follow-up\/[^/\s]+\/yes/;

/**
 * The "yes" link of the introduction email sent to the provider: an email about this
 * need carrying a follow-up link, to the provider's address (or, should the platform
 * write to another address of the provider's, to anyone but the requester).
 */
function providerFollowUpLink(title: string, providerEmail: string, requesterEmail: string | null) {
  const candidates = sentEmails().filter((email) => email.text.includes(title) && YES_LINK.test(email.text));
  const email =
    candidates.find((candidate) => candidate.to === providerEmail) ??
    candidates.find((candidate) => candidate.to !== requesterEmail);
  return email ? YES_LINK.exec(email.text)![0] : null;
}

/**
 * The needs hotline: an animator types in a need heard on the phone, introduces the
 * organisation to the first suggestion, the provider answers "yes" from the email's
 * follow-up link without signing in, and the case shows it.
 */
test('an animator introduces a need received by phone, and the follow-up link records the exchange', async ({
  browser,
}) => {
  test.skip(!MAIL_DIR, 'E2E_MAIL_DIR is needed to read the emails (scripts/e2e.sh sets it)');
  const title = `Cherche une remorque pour livrer nos paniers ${uniqueSuffix()}`;

  // 1. The animator opens the board.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  await animator.getByRole('navigation').getByRole('link', { name: 'Hotline' }).click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Hotline des besoins' })).toBeVisible();
  await expect(animator.getByRole('region', { name: /^Ce mois-ci/ }).getByText('Besoins reçus')).toBeVisible();
  await expectAccessible(animator);

  // 2. A need received by phone, for a member organisation.
  await animator.getByRole('link', { name: 'Nouveau besoin' }).click();
  await expect(animator.getByRole('heading', { level: 1, name: 'Nouveau besoin' })).toBeVisible();
  await animator.getByRole('combobox', { name: 'Structure adhérente' }).fill('Jardins de Cocagne');
  await animator.getByRole('option', { name: new RegExp(REQUESTER) }).click();
  await animator.getByRole('radio', { name: 'Téléphone' }).check({ force: true });
  await animator.getByLabel('Titre').fill(title);
  await animator
    .getByLabel('Description')
    .fill('Une remorque pour livrer nos paniers de légumes aux points de retrait, un samedi sur deux.');
  await choose(animator, /Catégorie/, 'Véhicules et remorques');
  await choose(animator, /Type d'échange/, 'Prêt de matériel');
  await animator.getByRole('radio', { name: 'Toute la région' }).check({ force: true });
  await expectAccessible(animator);
  await animator.getByRole('button', { name: 'Enregistrer le besoin' }).click();

  // 3. Its case page, with suggestions.
  await expect(animator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(animator.getByText(/^Besoin enregistré/)).toBeVisible();
  const caseUrl = animator.url();
  const suggestions = animator.getByRole('region', { name: 'Suggestions' });
  const introduce = suggestions.getByRole('button', { name: /^Mettre en relation avec / }).first();
  await expect(introduce).toBeVisible();
  await expectAccessible(animator);

  // 4. The first suggestion: both organisations get each other's contact.
  const provider = (await introduce.getAttribute('aria-label'))!.replace(/^Mettre en relation avec /, '');
  await introduce.click();
  const dialog = animator.getByRole('dialog');
  await expect(dialog.getByLabel('Message')).toHaveValue(/Je vous mets en relation/);
  await dialog.getByRole('button', { name: 'Envoyer la mise en relation' }).click();
  await expect(
    animator.getByText(`C'est fait : ${REQUESTER} et ${provider} ont reçu par e-mail les coordonnées l'une de l'autre.`),
  ).toBeVisible();
  const introduction = animator.getByRole('article', { name: `Avec ${provider}` });
  await expect(introduction).toBeVisible();
  await expect(suggestions.getByText('Mise en relation déjà faite.').first()).toBeVisible();
  const emailOf = async (side: string) => {
    const link = introduction.getByRole('group', { name: side }).getByRole('link', { name: /@/ });
    return (await link.count()) > 0 ? ((await link.first().textContent()) ?? '').trim() : null;
  };
  const providerEmail = await emailOf('Structure qui répond');
  const requesterEmail = await emailOf('Structure qui demande');
  expect(providerEmail, 'the provider’s contact email on the case').toBeTruthy();

  // The animator follows the need up.
  const followUp = animator.getByRole('region', { name: 'Suivi' });
  await followUp.getByRole('button', { name: /Suivi par/ }).click();
  await animator.getByRole('option', { name: /^Moi/ }).click();
  await followUp.getByRole('button', { name: 'Enregistrer le suivi' }).click();
  await expect(animator.getByText('Suivi enregistré.')).toBeVisible();
  await expectAccessible(animator);

  // 5. The provider answers "yes" from the email, without signing in.
  let followUpPath: string | null = null;
  await expect
    .poll(() => (followUpPath = providerFollowUpLink(title, providerEmail!, requesterEmail)), {
      message: `an introduction email with a follow-up link to ${providerEmail} in ${MAIL_DIR}`,
      // The outbox sends every few seconds.
      timeout: 30_000,
    })
    .not.toBeNull();
  const visitor = await newPerson(browser);
  await visitor.goto(followUpPath!);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Merci pour votre réponse' })).toBeVisible();
  await expect(visitor.getByText('Votre réponse est enregistrée : Oui.')).toBeVisible();
  await expectAccessible(visitor);

  // 6. Back on the board (among the needs the animator follows), the case's introduction shows the answer.
  await animator.goto('/hotline');
  const mine = animator.getByRole('checkbox', { name: 'Seulement ceux que je suis' });
  // The filter goes through the URL: the box shows checked once the page has followed.
  await animator.getByText('Seulement ceux que je suis').click();
  await expect(animator).toHaveURL(/mine=1/);
  await expect(mine).toBeChecked();
  await animator.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await expect(animator).toHaveURL(caseUrl);
  const answered = animator.getByRole('article', { name: `Avec ${provider}` });
  await expect(
    answered.getByText(/^Structure qui répond : Oui/).or(answered.getByText('Échange réalisé')).first(),
  ).toBeVisible();
  await expectAccessible(animator);
});
