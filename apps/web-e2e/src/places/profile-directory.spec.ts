import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { makePng } from './png';
import { createMember } from './places.support';

test.describe('in English', () => {
  test('a member completes their profile with a photo, then finds themself in the directory', async ({
    page,
    request,
  }, info) => {
    const grace = await createMember(request, 'en', 'Grace');
    const skill = `soil-${grace.word}`;
    await signIn(page, 'en', grace.email, grace.password);
    await expect(page).toHaveURL(/\/app$/);

    await page.goto('/settings/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Edit my profile' })).toBeVisible();
    await expectAccessible(page, info, 'profile-settings');

    await page.locator('input[type=file]').setInputFiles({
      name: 'grace.png',
      mimeType: 'image/png',
      buffer: makePng(96, 96, [30, 150, 130]),
    });
    await expect(page.getByRole('img', { name: 'Preview of your new photo' })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'Headline' })
      .fill('I grow food on rooftops in Detroit');
    await page.getByRole('textbox', { name: 'City' }).fill('Detroit');
    await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
    const skills = page.getByRole('combobox', { name: 'Skills' });
    await skills.fill(skill);
    await skills.press('Enter');
    await page
      .getByRole('textbox', { name: 'About you' })
      .fill('I **grow** food on rooftops.\n\nSee [our site](https://example.org/rooftops).');
    await expectAccessible(page, info, 'profile-settings-filled');
    await page.getByRole('button', { name: 'Save my profile' }).click();

    await expect(page).toHaveURL(/\/members\/[a-z0-9_-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: grace.displayName })).toBeVisible();
    await expect(page.getByText('Your profile was saved.')).toBeVisible();
    const photo = page.getByRole('img', { name: `Photo of ${grace.displayName}` });
    await expect(photo).toHaveAttribute('src', /\/uploads\//);
    await expect(page.getByText('Detroit, United States')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Skills' })).toContainText(skill);
    // The bio is Markdown, rendered without raw HTML, its links marked as user content.
    await expect(page.locator('.wo-markdown strong')).toHaveText('grow');
    await expect(page.getByRole('link', { name: 'our site' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
    await expectAccessible(page, info, 'profile');

    await page.goto('/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectAccessible(page, info, 'directory');
    await page.getByRole('combobox', { name: 'Skill' }).fill(skill);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article').getByRole('link')).toHaveText(grace.displayName);
    await page.getByRole('combobox', { name: 'Who they are' }).selectOption('RESEARCHER');
    await expect(page.getByText('No member matches these filters.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Who they are' }).selectOption('PRACTITIONER');
    await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectAccessible(page, info, 'directory-filtered');
    await page.getByRole('article').getByRole('link', { name: grace.displayName }).click();
    await expect(page.getByRole('heading', { level: 1, name: grace.displayName })).toBeVisible();
  });
});
