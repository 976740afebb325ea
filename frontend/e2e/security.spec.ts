import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ANIMATOR, apiToken, signIn, uniqueSuffix } from './support';

const MEMBER = { email: 'membre1@elbasar.test', password: ANIMATOR.password };

/** Collects what the Content-Security-Policy blocks on every page the tab opens. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __violations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('every page works under the policy: nothing is blocked, for visitors, members and animators', async ({ page }) => {
  await watchPolicy(page);
  const visited: [string, string[]][] = [];
  const visit = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    visited.push([path, await violations(page)]);
  };
  for (const path of ['/', '/offers', '/requests', '/directory', '/events', '/newsletter', '/charter']) await visit(path);
  await signIn(page, ANIMATOR.email, ANIMATOR.password);
  for (const path of ['/hotline', '/impact', '/posts-of-the-day', '/join-requests']) await visit(path);
  expect(visited.filter(([, blocked]) => blocked.length > 0)).toEqual([]);
});

test('what a member writes is shown as text and never runs', async ({ page, request }) => {
  const token = await apiToken(request, MEMBER.email, MEMBER.password);
  const headers = { Authorization: `Bearer ${token}` };
  const title = `Atelier ${uniqueSuffix()} <img src=x onerror="window.__xss=1">`;
  const description = 'Réparations <script>window.__xss=1</script> et <a href="javascript:window.__xss=1">lien</a>';
  const created = await request.post('/api/v1/offers', {
    headers,
    data: { title, description, categoryCode: 'communication-design', mode: 'SERVICE', price: 40, priceUnit: 'HOUR', onQuote: false, reach: 'REGION' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/v1/offers/${id}/publish`, { headers })).status()).toBe(200);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watchPolicy(page);
  await page.goto(`/offers/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('<script>window.__xss=1</script>', { exact: false })).toBeVisible();
  await page.goto(`/offers?q=${encodeURIComponent('Atelier')}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

/** This month's far-off draft the scenario writes in, composed once (409 when a run before did). */
async function scratchDraft(request: APIRequestContext, headers: Record<string, string>, month: string) {
  const composed = await request.post('/api/v1/newsletters', { headers, data: { month } });
  if (composed.status() === 201) return ((await composed.json()) as { id: string }).id;
  expect(composed.status(), `composing the ${month} draft`).toBe(409);
  const list = await request.get('/api/v1/newsletters?size=100', { headers });
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string; month: string; status: string }[] };
  const draft = items.find((issue) => issue.month === month);
  expect(draft, `the ${month} issue in the list`).toBeTruthy();
  return draft!.id;
}

test('what an animator writes in a newsletter editorial is shown as text and never runs', async ({ page, request }) => {
  const token = await apiToken(request, ANIMATOR.email, ANIMATOR.password);
  const headers = { Authorization: `Bearer ${token}` };
  // A month nobody sends: the month's real issue stays the newsletter scenario's.
  const id = await scratchDraft(request, headers, '2099-12');
  const image = '<img src=x onerror=window.__xss=1>';
  const script = '<script>window.__xss=1</script>';
  const link = '<a href="javascript:window.__xss=1">lien</a>';
  const editorial = `Édito ${uniqueSuffix()} ${image}\n\nDeuxième paragraphe ${script} et ${link}`;

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watchPolicy(page);
  await signIn(page, ANIMATOR.email, ANIMATOR.password);
  await page.goto(`/newsletters/${id}/edit`);
  await page.getByLabel('Édito en français').fill(editorial);

  // The preview, in plain text then as HTML: the payloads are words of the editorial.
  const formats = page.getByRole('radiogroup', { name: "Format de l'aperçu" });
  await formats.getByText('Texte brut', { exact: true }).click();
  const plainText = page.locator('.newsletter-preview__text');
  await expect(plainText).toContainText(`${script} et ${link}`);
  await expect(plainText).toContainText(image);
  await formats.getByText('HTML', { exact: true }).click();
  const frame = page.getByTitle('Aperçu de la lettre (Français)');
  await expect(frame).toBeVisible();
  // Sandboxed: whatever the document held, no script could run in it.
  expect(await frame.getAttribute('sandbox')).toBe('');
  await expect.poll(async () => (await frame.getAttribute('srcdoc')) ?? '').toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
  const previewed = (await frame.getAttribute('srcdoc')) ?? '';
  expect(previewed).not.toContain(script);
  expect(previewed).not.toContain(image);
  expect(previewed).not.toContain('href="javascript:');
  await expect(page.frameLocator('iframe.issue-frame--preview').getByText(script, { exact: false })).toBeVisible();

  // Saved, and read as its readers would (animators read drafts too).
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Lettre enregistrée.')).toBeVisible();
  const rendered = await request.get(`/api/v1/newsletters/${id}/rendered?language=fr`, { headers });
  expect(rendered.ok()).toBe(true);
  const { html } = (await rendered.json()) as { html: string };
  expect(html).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
  expect(html).not.toContain(script);
  expect(html).not.toContain(image);

  await page.goto(`/newsletter/${id}`);
  const reading = page.getByTitle(/^Lettre d'information : /);
  await expect(reading).toBeVisible();
  expect(await reading.getAttribute('sandbox')).not.toContain('allow-scripts');
  await expect(page.frameLocator('iframe.issue-frame--reading').getByText(image, { exact: false })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await violations(page)).toEqual([]);
});
