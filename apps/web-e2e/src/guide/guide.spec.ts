import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { createMember, type FreshMember, graphql, uniqueWord } from '../support/members';
import { pdfTitles } from '../support/pdf-strings';
import { type Lang } from '../support/texts';
import { guideTexts } from './guide.texts';

// The e2e server's bootstrap admin (tools/scripts/e2e-server.mjs) makes guide editors.
const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.wide-open.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password',
};

/** A fresh member made an ambassador (a guide editor), with a bearer token for set-up calls. */
async function freshEditor(
  request: APIRequestContext,
  lang: Lang,
): Promise<FreshMember & { token: string }> {
  const who = await createMember(request, lang, 'Nadia');
  const signInMutation = `
    mutation ($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        token
      }
    }
  `;
  const asAdmin = await graphql<{ login: { token: string } }>(request, signInMutation, admin);
  await graphql(
    request,
    `
      mutation ($id: ID!) {
        setMemberRole(memberId: $id, role: AMBASSADOR) {
          id
        }
      }
    `,
    { id: who.id },
    asAdmin.login.token,
  );
  const own = await graphql<{ login: { token: string } }>(request, signInMutation, {
    email: who.email,
    password: who.password,
  });
  return { ...who, token: own.login.token };
}

/** A chapter of its own for one journey, published as version 1 through the API. */
async function publishedChapter(request: APIRequestContext, token: string, word: string) {
  const created = await graphql<{
    createGuideChapter: { id: string; slug: string; latestVersion: { id: string } };
  }>(
    request,
    `
      mutation ($input: CreateGuideChapterInput!) {
        createGuideChapter(input: $input) {
          id
          slug
          latestVersion {
            id
          }
        }
      }
    `,
    {
      input: {
        stage: 'COMMUNITY',
        challenges: ['COMMUNITY_EMPOWERMENT'],
        slug: word,
        titleEn: `Hosting residents ${word}`,
        titleFr: `Accueillir des résidents ${word}`,
        bodyEn: 'Residents need a say in the rules. [[place:les-grands-voisins]]',
        bodyFr: 'Les résidents doivent avoir voix au chapitre. [[place:les-grands-voisins]]',
      },
    },
    token,
  );
  const chapter = created.createGuideChapter;
  await graphql(
    request,
    `
      mutation ($chapterId: ID!, $versionId: ID!) {
        publishGuideChapter(chapterId: $chapterId, versionId: $versionId) {
          id
        }
      }
    `,
    { chapterId: chapter.id, versionId: chapter.latestVersion.id },
    token,
  );
  return chapter;
}

async function openGuide(page: Page, lang: Lang) {
  const t = guideTexts[lang];
  await page.goto('/');
  const nav = page.getByRole('link', { name: t.nav, exact: true });
  if (await nav.first().isVisible()) {
    await nav.first().click();
    // Off the link: a hovered header link is drawn differently from the page at rest.
    await page.mouse.move(5, 400);
  } else await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
}

for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const t = guideTexts[lang];

  test.describe(`guide in ${lang}`, () => {
    test.use({ locale });

    test('a reader opens the guide, follows a live link to a lesson, and downloads the PDF', async ({
      page,
    }, info) => {
      await openGuide(page, lang);
      await expectAccessible(page, info, 'guide');

      await page.getByRole('link', { name: t.businessChapter }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.businessChapter })).toBeVisible();
      const cards = page.getByRole('region', { name: t.references });
      await expect(cards.getByRole('link', { name: t.lesson })).toBeVisible();
      await expectAccessible(page, info, 'chapter');

      await cards.getByRole('link', { name: t.lesson }).click();
      await expect(page).toHaveURL(/\/places\/ponyride#lesson-[0-9a-f-]{36}$/);
      const lessonId = new URL(page.url()).hash.slice(1);
      const lesson = page.locator(`[id="${lessonId}"]`);
      await expect(lesson.getByRole('heading', { name: t.lesson })).toBeVisible();
      await expect(lesson).toBeInViewport();
      await expectAccessible(page, info, 'lesson');

      await openGuide(page, lang);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t.downloadPdf }).click();
      const file = await (await download).path();
      await expect(page.getByText(t.pdfReady)).toBeVisible();
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      // A title that wraps in print loses its space at the line break in the outline: compare
      // without white space.
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      expect(pdfTitles(pdf).map(squeeze)).toEqual(
        expect.arrayContaining([t.title, ...t.chapters].map(squeeze)),
      );
      await expectAccessible(page, info, 'guide-pdf-downloaded');
    });

    test('an editor edits a chapter and publishes a new version', async ({
      page,
      request,
      browser,
    }, info) => {
      const editor = await freshEditor(request, lang);
      const word = uniqueWord('guide');
      const chapter = await publishedChapter(request, editor.token, word);
      await signIn(page, lang, editor.email, editor.password);
      await expect(page).toHaveURL(/\/app$/);

      await page.goto(`/guide/${chapter.slug}`);
      await page.getByRole('link', { name: t.edit }).click();
      const title = page.getByRole('textbox', { name: t.titleField });
      await expect(title).toBeVisible();
      await expectAccessible(page, info, 'editor');
      const revised = `${lang === 'fr' ? 'Accueillir des résidents' : 'Hosting residents'} ${word} (2)`;
      await title.fill(revised);
      await page
        .getByRole('textbox', { name: t.titleFieldOther })
        .fill(`${lang === 'fr' ? 'Hosting residents' : 'Accueillir des résidents'} ${word} (2)`);
      await page.getByRole('textbox', { name: t.note }).fill('Clearer title');
      await page.getByRole('button', { name: t.save }).click();
      await expect(page.getByText(t.saved)).toBeVisible();

      // Until published, readers still see version 1.
      const reader = await browser.newContext({ locale, baseURL: info.project.use.baseURL });
      const readerPage = await reader.newPage();
      await readerPage.goto(`/guide/${chapter.slug}`);
      await expect(readerPage.getByRole('heading', { level: 1 })).not.toHaveText(revised);

      await page.getByRole('button', { name: t.publish }).click();
      await expect(page.getByText(t.published)).toBeVisible();
      // The history keeps version 1 as it was written.
      const history = page.getByRole('region', { name: t.history });
      await history.getByRole('button', { name: t.viewFirst }).click();
      await expect(history.getByText(t.firstBody, { exact: false })).toBeVisible();
      await expectAccessible(page, info, 'editor-published');

      await readerPage.reload();
      await expect(readerPage.getByRole('heading', { level: 1, name: revised })).toBeVisible();
      await reader.close();
    });

    test('an editor writes a new chapter, then moves it up', async ({ page, request }, info) => {
      const editor = await freshEditor(request, lang);
      const word = uniqueWord('guide');
      await signIn(page, lang, editor.email, editor.password);
      await expect(page).toHaveURL(/\/app$/);
      await openGuide(page, lang);
      await page.getByRole('link', { name: t.newChapter }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.newChapter })).toBeVisible();
      await expectAccessible(page, info, 'new-chapter');

      // Scaling is the last stage: a new chapter goes last there, below the demo's chapter.
      await page.getByRole('combobox', { name: t.stage }).selectOption({ label: t.scaling });
      const title = `${lang === 'fr' ? 'Essaimer sans franchise' : 'Growing without franchising'} ${word}`;
      const other = `${lang === 'fr' ? 'Growing without franchising' : 'Essaimer sans franchise'} ${word}`;
      await page.getByRole('textbox', { name: t.titleField }).fill(title);
      await page.getByRole('textbox', { name: t.titleFieldOther }).fill(other);
      await page
        .getByRole('textbox', { name: t.bodyField })
        .fill('Share the recipe, not the brand.');
      await page.getByRole('textbox', { name: t.bodyFieldOther }).fill('Partagez la recette.');
      await page.getByRole('button', { name: t.create }).click();
      await expect(page).toHaveURL(/\/guide\/growing-without-franchising-[a-z0-9-]+\/edit$/);
      await expect(page.getByRole('heading', { level: 1, name: t.editTitle(title) })).toBeVisible();

      await openGuide(page, lang);
      const up = page.getByRole('button', { name: t.moveUp(title) });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: t.moved(title) })).toHaveCount(1);
      // Focus stays on the chapter that moved, so the next press moves it again; something is
      // below it now (other journeys may add chapters to the same stage meanwhile).
      await expect(up).toBeFocused();
      await expect(page.getByRole('button', { name: t.moveDown(title) })).toBeEnabled();
      await expectAccessible(page, info, 'guide-reordered');
    });

    test('a member suggests a change to a chapter', async ({ page, request }, info) => {
      const member = await createMember(request, lang, 'Tomas');
      await signIn(page, lang, member.email, member.password);
      await expect(page).toHaveURL(/\/app$/);
      await openGuide(page, lang);
      await page.getByRole('link', { name: t.businessChapter }).click();
      await page
        .getByRole('textbox', { name: t.suggestion })
        .fill(`Mention how the rent covered the utilities (${member.word}).`);
      await page
        .getByRole('textbox', { name: t.wording })
        .fill('Rent included the utilities, which made budgets predictable for makers.');
      await page.getByRole('button', { name: t.send }).click();
      await expect(page.getByText(t.sent)).toBeVisible();
      await expectAccessible(page, info, 'suggestion-sent');
    });
  });
}
