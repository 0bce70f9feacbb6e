import { Button, FileButton, Group, Image, Progress, Stack, Text, TextInput } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { UploadError, uploadImage } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StoryCover } from './story-values';

export interface CoverFieldProps {
  cover: StoryCover | null;
  alt: string;
  maxBytes: number;
  onCoverChange: (cover: StoryCover | null) => void;
  onAltChange: (alt: string) => void;
  error?: string;
  altError?: string;
}

function formatMegabytes(bytes: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1_048_576)} MB`;
}

/**
 * The cover: uploaded as soon as it is chosen (with progress), previewed with the text that
 * describes it; says plainly why a file was refused (too large, not an image).
 */
export function CoverField(props: CoverFieldProps) {
  const { cover, alt, maxBytes, onCoverChange, onAltChange, error, altError } = props;
  const { t, i18n } = useTranslation('journal');
  const max = formatMegabytes(maxBytes, i18n.resolvedLanguage ?? 'en');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const choose = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (file.size > maxBytes) {
      setProblem(t('editor.tooLarge', { max }));
      return;
    }
    setProgress(0);
    setStatus(t('editor.uploading', { percent: 0 }));
    try {
      const uploaded = await uploadImage(file, (fraction) => setProgress(fraction));
      onCoverChange(uploaded);
      setStatus(t('editor.uploaded'));
    } catch (failure) {
      const code = failure instanceof UploadError ? failure.status : 0;
      setProblem(
        code === 413
          ? t('editor.tooLarge', { max })
          : code === 415
            ? t('editor.notImage')
            : t('editor.uploadFailed'),
      );
      setStatus('');
    } finally {
      setProgress(null);
    }
  };

  const shownError = problem ?? error;
  return (
    <Stack gap="xs" id="story-cover" tabIndex={-1}>
      <Text fw={500} size="sm">
        {t('editor.cover')}
      </Text>
      {cover ? (
        <Image src={cover.url} alt={alt} maw={320} radius="sm" />
      ) : (
        <Text size="sm">{t('editor.coverNone')}</Text>
      )}
      <Group gap="xs">
        <FileButton onChange={(file) => void choose(file)} accept="image/*">
          {(buttonProps) => (
            <Button
              {...buttonProps}
              variant="outline"
              loading={progress !== null}
              aria-describedby="story-cover-help story-cover-error"
            >
              {t('editor.coverChoose')}
            </Button>
          )}
        </FileButton>
        {cover ? (
          <Button variant="outline" color="red.9" onClick={() => onCoverChange(null)}>
            {t('editor.coverRemove')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="gray.8" id="story-cover-help">
        {t('editor.coverHelp', { max })}
      </Text>
      {progress !== null ? (
        <Progress
          value={Math.round(progress * 100)}
          aria-label={t('editor.uploading', { percent: Math.round(progress * 100) })}
        />
      ) : null}
      <Text size="sm" c="red.9" id="story-cover-error" role={shownError ? 'alert' : undefined}>
        {shownError ?? ''}
      </Text>
      {cover ? (
        <TextInput
          id="story-cover-alt"
          label={t('editor.coverAlt')}
          description={t('editor.coverAltHelp')}
          value={alt}
          maxLength={Limits.story.coverAlt}
          onChange={(event) => onAltChange(event.currentTarget.value)}
          error={altError}
        />
      ) : null}
      <LiveRegion message={status} />
    </Stack>
  );
}
