import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const languages = ['fr', 'en'] as const;
const names = { fr: 'Français', en: 'English' } as const;

/**
 * Offers the other language, named in that language (a French reader looking for "Français"
 * must not have to understand English first). `lang` on the button lets screen readers
 * pronounce it correctly; the visible name is the accessible name (WCAG 2.5.3).
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation('ui');
  const current = (i18n.resolvedLanguage ?? 'en').slice(0, 2);
  const other = languages.find((l) => l !== current) ?? 'en';
  return (
    <Button
      variant="subtle"
      size="compact-md"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {names[other]}
    </Button>
  );
}
