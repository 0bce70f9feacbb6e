import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Lang = 'en' | 'fr';
type State = { lang: Lang; status: 'preparing' | 'ready' | 'failed' } | null;

/** Where the API serves the printable guide (same origin as the app). */
export function guidePdfPath(lang: Lang): string {
  return `/guide/guide.pdf?lang=${lang}`;
}

/**
 * "Download the PDF" in French and English. The first print of a new edition takes Chromium a
 * few seconds: the button says so while it waits, then the file is handed to the browser.
 */
export function PdfDownloads() {
  const { t } = useTranslation('guide');
  const [state, setState] = useState<State>(null);
  const languageName = (lang: Lang) => t(lang === 'fr' ? 'pdf.french' : 'pdf.english');

  const download = async (lang: Lang) => {
    setState({ lang, status: 'preparing' });
    try {
      const response = await fetch(guidePdfPath(lang), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `wide-open-guide-${lang}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ lang, status: 'ready' });
    } catch {
      setState({ lang, status: 'failed' });
    }
  };

  const message = state ? t(`pdf.${state.status}`, { language: languageName(state.lang) }) : '';
  return (
    <Stack gap="xs" component="section" aria-labelledby="guide-pdf-heading">
      <Title order={2} size="h4" id="guide-pdf-heading">
        {t('pdf.heading')}
      </Title>
      <Group gap="sm" wrap="wrap">
        {(['en', 'fr'] as const).map((lang) => {
          const busy = state?.lang === lang && state.status === 'preparing';
          return (
            <Button
              key={lang}
              variant="outline"
              onClick={() => void download(lang)}
              disabled={state?.status === 'preparing'}
              leftSection={busy ? <Loader size="xs" aria-hidden /> : null}
            >
              {t('pdf.download', { language: languageName(lang) })}
            </Button>
          );
        })}
      </Group>
      {/* Always there, so that screen readers hear each change of this visible status. */}
      <Text
        size="sm"
        c={state?.status === 'failed' ? 'red.9' : undefined}
        role="status"
        aria-live="polite"
      >
        {message}
      </Text>
    </Stack>
  );
}
