import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
}

for (const path of ['/', '/directory', '/events', '/events?view=month', '/newsletter']) {
  test(`${path} fits a 360 px phone`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The navigation folds behind the Menu button, and unfolds on demand.
    const directoryLink = page.getByRole('navigation').getByRole('link', { name: 'Annuaire' });
    await expect(directoryLink).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(directoryLink).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
}
