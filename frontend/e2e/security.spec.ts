import { expect, test, type Page } from '@playwright/test';
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
