import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { createMember } from '../support/members';
import { type Lang } from '../support/texts';

const privacy = {
  en: {
    myData: 'My data',
    openMenu: 'Open navigation',
    closeMenu: 'Close navigation',
    prepare: 'Prepare my archive',
    progress: 'Preparing your archive',
    ready: 'Your archive is ready.',
    download: 'Download my data',
    openDelete: 'Delete my account…',
    dialog: 'Delete your account for good?',
    password: 'Your password',
    confirm: 'Delete my account',
    wrongPassword: 'This is not your current password.',
    deleted: 'Your account has been deleted',
    signInLink: 'Sign in',
    wrongCredentials: 'Email or password is incorrect.',
  },
  fr: {
    myData: 'Mes données',
    openMenu: 'Ouvrir la navigation',
    closeMenu: 'Fermer la navigation',
    prepare: 'Préparer mon archive',
    progress: 'Préparation de votre archive',
    ready: 'Votre archive est prête.',
    download: 'Télécharger mes données',
    openDelete: 'Supprimer mon compte…',
    dialog: 'Supprimer définitivement votre compte ?',
    password: 'Votre mot de passe',
    confirm: 'Supprimer mon compte',
    wrongPassword: 'Ce n’est pas votre mot de passe actuel.',
    deleted: 'Votre compte a été supprimé',
    signInLink: 'Se connecter',
    wrongCredentials: "L'e-mail ou le mot de passe est incorrect.",
  },
} satisfies Record<Lang, Record<string, string>>;

for (const lang of ['en', 'fr'] as const) {
  const t = privacy[lang];
  test.describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
    test.use({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
    test('a member downloads their data as it is prepared, then deletes their account and is signed out', async ({
      page,
      request,
    }, info) => {
      const member = await createMember(request, lang, 'Nadia');
      await signIn(page, lang, member.email, member.password);
      await expect(page).toHaveURL(/\/app$/);

      // From the member's space (phones also have it in the navigation menu).
      const fromSpace = page.getByRole('main').getByRole('link', { name: t.myData, exact: true });
      await expect(fromSpace).toBeVisible();
      if (info.project.use.isMobile) {
        await page.getByRole('button', { name: t.openMenu }).click();
        await expect(
          page.getByRole('navigation').getByRole('link', { name: t.myData, exact: true }),
        ).toBeVisible();
        await page.getByRole('button', { name: t.closeMenu }).click();
      }
      await fromSpace.click();
      await expect(page).toHaveURL(/\/settings\/data$/);
      await expect(page.getByRole('heading', { level: 1, name: t.myData })).toBeVisible();
      await expectAccessible(page, info, `my-data-${lang}`);

      await page.getByRole('button', { name: t.prepare }).click();
      // A background job builds the archive: the bar shows while it is prepared (a new member's
      // archive is small, so the job may already be done when the page looks).
      const bar = page.getByRole('progressbar', { name: t.progress });
      const download = page.getByRole('link', { name: t.download });
      await expect(bar.or(download)).toBeVisible();
      // The bar can give way to the link at any moment: read its value only if it is still there.
      const progress = await bar
        .getAttribute('aria-valuenow', { timeout: 1_000 })
        .catch(() => null);
      if (progress !== null) expect(progress).toMatch(/^\d+$/);
      await expect(download).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('status').filter({ hasText: t.ready })).toBeAttached();
      await expectAccessible(page, info, `my-data-ready-${lang}`);

      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toMatch(/^wide-open-my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const archive = JSON.parse(await readFile(await file.path(), 'utf8')) as {
        profile: { id: string; email: string; displayName: string; locale: string };
      };
      expect(archive.profile).toMatchObject({
        id: member.id,
        email: member.email,
        displayName: member.displayName,
        locale: lang,
      });

      // The danger zone: a wrong password changes nothing, the right one deletes.
      await page.getByRole('button', { name: t.openDelete }).click();
      const dialog = page.getByRole('dialog', { name: t.dialog });
      await expect(dialog).toBeVisible();
      const password = dialog.getByLabel(t.password);
      await expect(password).toBeFocused();
      await password.fill('not my password at all');
      await dialog.getByRole('button', { name: t.confirm, exact: true }).click();
      await expect(dialog.getByText(t.wrongPassword)).toBeVisible();
      await expectAccessible(page, info, `delete-account-dialog-${lang}`);
      await password.fill(member.password);
      await password.press('Enter');

      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('status').filter({ hasText: t.deleted })).toBeVisible();
      await expect(
        page.getByRole('banner').getByRole('link', { name: t.signInLink, exact: true }),
      ).toBeVisible();
      await expectAccessible(page, info, `account-deleted-${lang}`);

      // Gone for good: the same email and password no longer sign in.
      await signIn(page, lang, member.email, member.password);
      await expect(page.getByText(t.wrongCredentials)).toBeVisible();
      await expect(page).toHaveURL(/\/sign-in/);
    });
  });
}
