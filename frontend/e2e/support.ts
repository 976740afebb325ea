import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/** The demo animator the platform creates with its demo data. */
export const ANIMATOR = { email: 'animation@elbasar.test', password: 'Demo-elbasar-2026!' };

/** Where the platform writes a copy of every email it sends (scripts/e2e.sh sets it). */
export const MAIL_DIR = process.env.E2E_MAIL_DIR;

export type SentEmail = { name: string; to: string; subject: string; text: string };

/** The emails sent so far, oldest first: the platform writes "To: …\nSubject: …\n\n<text>" to <id>-<recipient>.txt. */
export function sentEmails(): SentEmail[] {
  let names: string[];
  try {
    names = readdirSync(MAIL_DIR!);
  } catch {
    // No email sent yet: the directory comes with the first one.
    return [];
  }
  return names
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(MAIL_DIR!, name), 'utf8');
      return {
        name,
        to: /^To: (.*)$/m.exec(text)?.[1].trim() ?? '',
        subject: /^Subject: (.*)$/m.exec(text)?.[1].trim() ?? '',
        text,
      };
    });
}

export type Member = { firstName: string; lastName: string; email: string; password: string };

/** An access token for API calls made on someone's behalf. */
export async function apiToken(request: APIRequestContext, email: string, password: string) {
  const login = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.ok(), `sign-in of ${email}`).toBe(true);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/**
 * A new member organisation with its person, made the way people join: it signs up, and the
 * demo animator approves it.
 */
export async function newMember(request: APIRequestContext, firstName: string, suffix: string): Promise<Member> {
  const member = {
    firstName,
    lastName: `Essai ${suffix}`,
    email: `${firstName.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()}.${suffix}@example.org`,
    password: `Mot-de-passe-${suffix}`,
  };
  const organisation = `Asso de ${firstName} ${suffix}`;
  const charter = (await (await request.get('/api/v1/charter')).json()) as { version: number };
  const [sector] = (await (await request.get('/api/v1/sectors')).json()) as { code: string }[];
  const signUp = await request.post('/api/v1/auth/signup', {
    data: {
      person: { firstName, lastName: member.lastName, email: member.email, password: member.password },
      organisation: {
        name: organisation,
        legalForm: 'ASSOCIATION',
        communeId: 'commune:59350',
        sectorCodes: [sector.code],
        description: `L'association de ${firstName}, pour essayer les événements du réseau.`,
        contactEmail: member.email,
      },
      charterVersion: charter.version,
      acceptCharter: true,
    },
  });
  expect(signUp.status(), `sign-up of ${member.email}`).toBe(202);
  const animator = await apiToken(request, ANIMATOR.email, ANIMATOR.password);
  const headers = { Authorization: `Bearer ${animator}` };
  const queue = (await (await request.get('/api/v1/join-requests?size=100', { headers })).json()) as {
    items: { organisation: { id: string; name: string } }[];
  };
  const joining = queue.items.find((item) => item.organisation.name === organisation);
  expect(joining, `the join request of ${organisation}`).toBeTruthy();
  const approval = await request.post(`/api/v1/join-requests/${joining!.organisation.id}/approve`, { headers });
  expect(approval.status()).toBe(204);
  return member;
}

/** Makes names and emails unique, so specs never depend on each other's data. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Let the page settle: no spinner left, the heading in place.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // react-aria's hidden live region: its short-lived announcements may point to a button already gone.
    .exclude('[data-live-announcer]')
    // A sandboxed frame runs no script, axe's included (it would wait for it forever): the
    // newsletter checks the documents it frames on their own.
    .exclude('iframe[sandbox]')
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}

/** A page in a browser context of its own: one person, one set of cookies. */
export async function newPerson(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: /^Compte de / })).toBeVisible();
}

/** Picks an option of a react-aria Select by the field's label. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}
