import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';

const artifacts = resolve(__dirname, '../../artifacts');

/**
 * Axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the page as it is now, plus a screenshot named
 * after the step. Fails with the rule ids and the offending elements.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, step: string) {
  // Let Mantine's transitions (dialogs fading in) settle, or axe reads half-transparent colours.
  await page.waitForTimeout(300);
  const slug = `${testInfo.titlePath.slice(1).join(' ')} ${step}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  await page.screenshot({
    path: resolve(artifacts, testInfo.project.name, `${slug}.png`),
    // A full-page capture resizes the viewport; with mobile emulation the page can come back
    // scaled, and later clicks then land beside their target.
    fullPage: !testInfo.project.use.isMobile,
  });
  // WCAG 1.4.10 Reflow: nothing may make the page scroll sideways, at either width.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on "${step}"`).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `accessibility violations on "${step}"`).toEqual([]);
}
