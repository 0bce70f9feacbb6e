import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { makePng } from './png';
import { createMember, keepScreenshot, useLanguage } from './places.support';

test.describe('en français', () => {
  test('une membre crée un lieu avec des photos, partage une leçon, puis la retrouve par l’enjeu et par la carte', async ({
    page,
    request,
  }, info) => {
    const elise = await createMember(request, 'fr', 'Elise');
    const name = `La Base ${elise.word}`;
    const lessonTitle = `Une cantine solidaire finance le lieu ${elise.word}`;
    await useLanguage(page, 'fr');
    await signIn(page, 'fr', elise.email, elise.password);
    await expect(page).toHaveURL(/\/app$/);

    // The world map with the demo places, before anything is filtered.
    await page.goto('/places');
    await expect(page.getByRole('heading', { level: 1, name: 'Lieux' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Carte du monde des lieux' })).toBeVisible();
    await expect(page.locator('.wo-map-marker').first()).toBeVisible();
    await expectAccessible(page, info, 'places-index');

    await page.getByRole('link', { name: 'Ajouter un lieu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ajouter un lieu' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Nom' }).fill(name);
    await page
      .getByRole('textbox', { name: 'Résumé' })
      .fill('Un laboratoire citoyen dans une ancienne caserne, ouvert aux habitants du quartier.');
    await page.getByRole('checkbox', { name: 'Laboratoire citoyen' }).check();
    await page.getByRole('textbox', { name: 'Ville' }).fill('Lyon');
    await page.getByRole('combobox', { name: 'Pays' }).selectOption('FR');
    await page.getByRole('textbox', { name: 'Latitude' }).fill('45,7578');
    await page.getByRole('textbox', { name: 'Longitude' }).fill('4,8320');
    await page.getByRole('checkbox', { name: 'Modèle économique' }).check();
    await page.locator('input[type=file]').setInputFiles([
      { name: 'cour.png', mimeType: 'image/png', buffer: makePng(160, 100, [200, 120, 40]) },
      { name: 'atelier.png', mimeType: 'image/png', buffer: makePng(120, 120, [40, 90, 200]) },
    ]);
    await expect(page.getByRole('img', { name: 'Photo 2' })).toBeVisible();
    await page.getByRole('button', { name: 'Reculer la photo 1' }).click();
    // Reordering scrolled the page: axe would count controls under the sticky header as obscured.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, info, 'place-form');
    await page.getByRole('button', { name: 'Publier le lieu' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/places\/la-base-/);
    const placeUrl = page.url();
    await expect(page.getByRole('region', { name: 'Photos' }).getByRole('img')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Équipe' })).toContainText('Fondateur·rice');

    // The founder follows the place from the start; the button toggles (aria-pressed).
    await page.getByRole('button', { name: 'Ne plus suivre' }).click();
    await expect(page.getByRole('button', { name: 'Suivre ce lieu' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByTestId('followers-count')).toHaveText('0 abonné·e');
    await page.getByRole('button', { name: 'Suivre ce lieu' }).click();
    await expect(page.getByRole('button', { name: 'Ne plus suivre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByTestId('followers-count')).toHaveText('1 abonné·e');

    await page.getByRole('combobox', { name: 'Enjeu' }).selectOption('BUSINESS_MODEL');
    await page.getByRole('textbox', { name: 'Titre' }).fill(lessonTitle);
    await page
      .getByRole('textbox', { name: 'Ce que nous avons essayé' })
      .fill('Une cantine à prix libre ouverte au quartier, tenue par des bénévoles.');
    await page
      .getByRole('textbox', { name: 'Ce qui s’est passé' })
      .fill('La cantine couvre désormais le loyer du bâtiment.');
    await page.getByRole('button', { name: 'Ajouter un chiffre' }).click();
    await page.getByRole('textbox', { name: 'Ce qu’il mesure' }).fill('Repas servis par jour');
    await page.getByRole('textbox', { name: 'Valeur' }).fill('120');
    await page.getByRole('textbox', { name: 'Unité' }).fill('repas');
    await page.getByRole('button', { name: 'Publier la leçon' }).click();
    const lesson = page.getByRole('article').filter({ hasText: lessonTitle });
    await expect(lesson).toBeVisible();
    await expect(lesson).toContainText('Repas servis par jour');
    await expect(lesson).toContainText('120 repas');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, info, 'place-page');
    await keepScreenshot(page, info, 'place');

    // From the challenge pages: how did others solve the business-model problem?
    await page.goto('/challenges');
    await expect(page.getByRole('heading', { level: 1, name: 'Enjeux' })).toBeVisible();
    await expectAccessible(page, info, 'challenges');
    await page.getByRole('link', { name: 'Modèle économique' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Modèle économique' })).toBeVisible();
    const found = page.getByRole('article').filter({ hasText: lessonTitle });
    await expect(found).toBeVisible();
    await expectAccessible(page, info, 'challenge-page');
    await found.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // From the map: narrowed to this place, its marker opens its page.
    await page.goto('/places');
    await expect(page.locator('.wo-map-marker').first()).toBeVisible();
    // Phones capture the viewport only: bring the map into it.
    await page.getByRole('region', { name: 'Carte du monde des lieux' }).scrollIntoViewIfNeeded();
    await keepScreenshot(page, info, 'map');
    await page.getByRole('searchbox', { name: 'Rechercher des lieux' }).fill(elise.word);
    await expect(
      page.getByRole('region', { name: 'Liste des lieux' }).getByRole('article'),
    ).toHaveCount(1);
    const marker = page.getByRole('button', { name: `${name}, Lyon` });
    await expect(marker).toBeVisible();
    await expectAccessible(page, info, 'places-filtered');
    if (info.project.use.isMobile) {
      await marker.click();
    } else {
      // Keyboard: the marker is a focusable button that Enter activates.
      await marker.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(placeUrl);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // And from the list beside the map.
    await page.goBack();
    await page.getByRole('searchbox', { name: 'Rechercher des lieux' }).fill(elise.word);
    await page.getByRole('region', { name: 'Liste des lieux' }).getByRole('link', { name }).click();
    await expect(page).toHaveURL(placeUrl);
  });
});
