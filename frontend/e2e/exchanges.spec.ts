import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { ANIMATOR, choose, expectAccessible, newPerson, signIn } from './support';

/** Demo members (ELBASAR_DEMO_DATA=true): the provider's and the beneficiary's admins. */
const PROVIDER = { email: 'membre1@elbasar.test', password: ANIMATOR.password };
const BENEFICIARY = { email: 'membre2@elbasar.test', password: ANIMATOR.password };

const HOURS = 6;

/** The ODS export's labels (the platform's French texts) for the figures compared. */
const ODS_HOURS = 'Heures (non marchand)';
const ODS_NON_MARKET = 'Valeur non marchande (€)';

type Session = { token: string; organisationId: string };

async function apiSignIn(request: APIRequestContext, { email, password }: { email: string; password: string }) {
  const login = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.ok(), `sign-in of ${email}`).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${accessToken}` } });
  const { organisation } = (await me.json()) as { organisation: { id: string } };
  return { token: accessToken, organisationId: organisation.id } satisfies Session;
}

/**
 * The beneficiary contacts one of the provider's published offers: an introduction between
 * them, made the way a member makes one.
 */
async function introduce(request: APIRequestContext, provider: Session, beneficiary: Session) {
  const offers = await request.get(`/api/v1/offers?organisation=${provider.organisationId}&size=1`);
  const { items } = (await offers.json()) as { items: { id: string; title: string }[] };
  expect(items.length, 'a published offer of the provider (demo data)').toBeGreaterThan(0);
  const created = await request.post('/api/v1/introductions', {
    headers: { Authorization: `Bearer ${beneficiary.token}` },
    data: { offerId: items[0].id, message: 'Bonjour, nous aurions besoin de vos conseils pour monter notre atelier.' },
  });
  expect(created.status(), 'the introduction').toBe(201);
  const { id } = (await created.json()) as { id: string };
  return { id, title: items[0].title };
}

/** The hourly rate of skills sponsorship in force today, as the public rules say. */
async function sponsorshipRate(request: APIRequestContext) {
  const response = await request.get('/api/v1/valuation-rules');
  const rules = (await response.json()) as { kind: string; rate: number | null; effectiveFrom: string }[];
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const inForce = rules
    .filter((rule) => rule.kind === 'SKILLS_SPONSORSHIP' && rule.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  expect(inForce?.rate, 'a skills sponsorship rule in force').toBeTruthy();
  return inForce.rate!;
}

/** "1 234,5 h", "1 350,00 €" → 1234.5, 1350. */
function frenchNumber(text: string | null) {
  return Number((text ?? '').replace(/[\s\u00a0\u202f€h]/g, '').replace(',', '.'));
}

function euros(amount: number) {
  return new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(amount);
}

/** The network's non-market hours and their euro value, as the dashboard shows them. */
async function networkFigures(page: Page) {
  await page.goto('/impact');
  await expect(page.getByRole('heading', { level: 2, name: /^Tout le réseau, de / })).toBeVisible();
  const figure = (label: string) =>
    page
      .locator('.figure')
      .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      .getByRole('definition');
  return {
    hours: frenchNumber(await figure("Heures d'aide non marchande").textContent()),
    nonMarketEur: frenchNumber(await figure("Valeur de l'aide non marchande").textContent()),
  };
}

/** The first sheet (summary) of an ODS file: its rows' first cell → second cell's value. */
async function odsSummary(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const content = await zip.file('content.xml')!.async('string');
  const sheet = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(content)![1];
  const cellValue = (cell: string) => {
    const value = /office:value="([^"]*)"/.exec(cell)?.[1];
    if (value !== undefined) return value;
    return cell
      .replace(/<text:s[^>]*\/>|<text:s[^>]*><\/text:s>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
  };
  const rows = [...sheet.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
    [...row[1].matchAll(/<table:table-cell[^>]*?(?:\/>|>[\s\S]*?<\/table:table-cell>)/g)].map((cell) =>
      cellValue(cell[0]),
    ),
  );
  return new Map(rows.map(([label, value]) => [label, value]));
}

/**
 * The acceptance test: from an introduction, the provider declares six hours of skills
 * sponsorship, the beneficiary confirms, and the network's non-market hours and their value
 * grow by exactly that, on the dashboard and in the spreadsheet for funders.
 */
test('a declared and confirmed exchange counts in the network’s figures and their export', async ({
  browser,
  request,
}) => {
  // Three people, five pages checked with axe, a download: longer than most scenarios.
  test.slow();
  const provider = await apiSignIn(request, PROVIDER);
  const beneficiary = await apiSignIn(request, BENEFICIARY);
  const introduction = await introduce(request, provider, beneficiary);
  const rate = await sponsorshipRate(request);

  // 1. The network's figures before.
  const animator = await newPerson(browser);
  await signIn(animator, ANIMATOR.email, ANIMATOR.password);
  const before = await networkFigures(animator);

  // 2. The provider declares the exchange from the introduction.
  const giver = await newPerson(browser);
  await signIn(giver, PROVIDER.email, PROVIDER.password);
  await giver.getByRole('navigation').getByRole('link', { name: 'Mises en relation' }).click();
  await giver
    .getByRole('link', { name: `Déclarer l'échange : ${introduction.title}` })
    .and(giver.locator(`[href$="introductionId=${introduction.id}"]`))
    .click();
  await expect(giver.getByRole('heading', { level: 1, name: 'Déclarer un échange' })).toBeVisible();
  await expect(giver.getByText(/^Suite à la mise en relation du /)).toBeVisible();
  await choose(giver, /Type d'échange/, 'Mécénat de compétences');
  await giver.getByLabel('Ce qui a été échangé').fill('Six heures de conseil pour monter un atelier de réparation.');
  await expect(giver.getByText(`1 heure de mécénat de compétences = ${euros(rate)}`)).toBeVisible();
  await giver.getByLabel("Nombre d'heures").fill(String(HOURS));
  await expect(giver.getByText(`≈ ${euros(HOURS * rate)}`)).toBeVisible();
  await expectAccessible(giver);
  await giver.getByRole('button', { name: "Déclarer l'échange" }).click();

  await expect(giver.getByRole('heading', { level: 1, name: /^Mécénat de compétences du / })).toBeVisible();
  await expect(giver.getByText(/^Échange déclaré/)).toBeVisible();
  await expect(giver.getByText('À confirmer', { exact: true })).toBeVisible();
  await expectAccessible(giver);
  const exchangePath = new URL(giver.url()).pathname;

  // 3. The beneficiary finds it among those waiting for it, and confirms.
  const receiver = await newPerson(browser);
  await signIn(receiver, BENEFICIARY.email, BENEFICIARY.password);
  await receiver.getByRole('navigation').getByRole('link', { name: 'Échanges' }).click();
  await expect(receiver.getByRole('heading', { level: 1, name: 'Échanges' })).toBeVisible();
  await receiver.getByText('Seulement ceux que nous devons confirmer').click();
  await expect(receiver).toHaveURL(/awaiting=1/);
  await expectAccessible(receiver);
  await receiver.locator(`a[href="${exchangePath}"]`).click();
  await expect(receiver.getByRole('heading', { level: 1, name: /^Mécénat de compétences du / })).toBeVisible();
  await expect(receiver.getByText(`${HOURS} h`, { exact: true })).toBeVisible();
  await receiver.getByRole('button', { name: "Confirmer l'échange" }).click();
  await expect(receiver.getByText(/^Échange confirmé/)).toBeVisible();
  await expect(receiver.getByText('Confirmé', { exact: true })).toBeVisible();
  await expectAccessible(receiver);

  // 4. The network's figures grew by exactly the exchange.
  const after = await networkFigures(animator);
  expect(after.hours).toBeCloseTo(before.hours + HOURS, 2);
  expect(after.nonMarketEur).toBeCloseTo(before.nonMarketEur + HOURS * rate, 2);
  await expectAccessible(animator);

  // 5. The spreadsheet for funders says the same.
  const downloading = animator.waitForEvent('download');
  await animator.getByRole('button', { name: 'Classeur ODS' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^elbasar-impact-network-\d{4}-\d{2}-\d{4}-\d{2}\.ods$/);
  const summary = await odsSummary((await download.path())!);
  expect(Number(summary.get(ODS_HOURS))).toBeCloseTo(after.hours, 2);
  expect(Number(summary.get(ODS_NON_MARKET))).toBeCloseTo(after.nonMarketEur, 2);
});
