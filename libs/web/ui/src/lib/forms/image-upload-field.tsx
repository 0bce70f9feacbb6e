import { Button, FileButton, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from './live-region';

/** What the form sends: nothing (unchanged), a new upload's id, or null (removed). */
export type ImageChange = { kind: 'unchanged' } | { kind: 'set'; id: string } | { kind: 'removed' };

/** Sends a file (reporting progress from 0 to 1); rejects with an HTTP status on refusal. */
export type ImageUploader = (
  file: File,
  onProgress: (fraction: number) => void,
) => Promise<{ id: string }>;

export interface ImageUploadFieldProps {
  /** The id the form's error summary links to (the API's field name). */
  id: string;
  label: string;
  currentUrl: string | null | undefined;
  maxBytes: number;
  upload: ImageUploader;
  /** The HTTP status of a refused upload, if the uploader's error carries one. */
  statusOf: (error: unknown) => number;
  onChange: (change: ImageChange) => void;
  error?: string;
}

/** `5242880` → "5 MB" / "5 Mo", in the reader's language. */
export function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes >= 1 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(megabytes >= 1 ? megabytes : bytes / 1024);
}

/** What the person reads while an image goes up, in their language. */
export interface ImageUploadTexts {
  tooLarge: (max: string) => string;
  notImage: string;
  failed: string;
  uploading: (percent: number) => string;
  uploaded: string;
}

/**
 * Choosing an image: refused at once when too large, then sent with progress, previewed from the
 * local file, and any refusal said in plain words. Shared by the avatar and cover fields.
 */
export function useImageUpload({
  currentUrl,
  maxBytes,
  upload,
  statusOf,
  texts,
  onUploaded,
}: {
  currentUrl: string | null | undefined;
  maxBytes: number;
  upload: ImageUploader;
  statusOf: (error: unknown) => number;
  texts: ImageUploadTexts;
  onUploaded: (id: string) => void;
}) {
  const { i18n } = useTranslation();
  const max = formatBytes(maxBytes, i18n.resolvedLanguage ?? 'en');
  const [preview, setPreview] = useState<string | null>(currentUrl ?? null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  // Local previews are object URLs: free them when replaced or when the form goes away.
  useEffect(() => {
    return () => {
      if (preview?.startsWith('blob:')) URL.revokeObjectURL(preview);
    };
  }, [preview]);

  const choose = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (file.size > maxBytes) {
      setProblem(texts.tooLarge(max));
      return;
    }
    setProgress(0);
    setStatus(texts.uploading(0));
    try {
      const uploaded = await upload(file, (fraction) => setProgress(fraction));
      setPreview(URL.createObjectURL(file));
      onUploaded(uploaded.id);
      setStatus(texts.uploaded);
    } catch (failure) {
      const code = statusOf(failure);
      setProblem(code === 413 ? texts.tooLarge(max) : code === 415 ? texts.notImage : texts.failed);
      setStatus('');
    } finally {
      setProgress(null);
    }
  };

  return { max, preview, setPreview, progress, problem, status, setStatus, choose };
}

/**
 * A cover or illustration: uploaded as soon as it is chosen (with progress), previewed, and
 * refused with the reason in plain words (too large, checked here first; not an image).
 */
export function ImageUploadField({
  id,
  label,
  currentUrl,
  maxBytes,
  upload,
  statusOf,
  onChange,
  error,
}: ImageUploadFieldProps) {
  const { t } = useTranslation('ui');
  const labelId = useId();
  const helpId = useId();
  const errorId = useId();
  const { max, preview, setPreview, progress, problem, status, setStatus, choose } = useImageUpload(
    {
      currentUrl,
      maxBytes,
      upload,
      statusOf,
      texts: {
        tooLarge: (limit) => t('image.tooLarge', { max: limit }),
        notImage: t('image.notImage'),
        failed: t('image.failed'),
        uploading: (percent) => t('image.uploading', { percent }),
        uploaded: t('image.uploaded'),
      },
      onUploaded: (id) => onChange({ kind: 'set', id }),
    },
  );

  const shownError = problem ?? error;
  return (
    <Stack gap="xs" id={id} role="group" aria-labelledby={labelId}>
      <Text fw={500} size="sm" id={labelId}>
        {label}
      </Text>
      {preview ? (
        <Image src={preview} alt={t('image.preview')} maw={360} radius="sm" fit="cover" />
      ) : (
        <Text size="sm">{t('image.none')}</Text>
      )}
      <Group gap="xs">
        <FileButton onChange={(file) => void choose(file)} accept="image/*">
          {(props) => (
            <Button
              {...props}
              variant="outline"
              loading={progress !== null}
              aria-describedby={`${helpId} ${errorId}`}
            >
              {preview ? t('image.replace') : t('image.choose')}
            </Button>
          )}
        </FileButton>
        {preview ? (
          <Button
            variant="outline"
            color="red.9"
            onClick={() => {
              setPreview(null);
              onChange({ kind: 'removed' });
              setStatus(t('image.removed'));
            }}
          >
            {t('image.remove')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="gray.8" id={helpId}>
        {t('image.help', { max })}
      </Text>
      {progress !== null ? (
        <Progress
          value={Math.round(progress * 100)}
          aria-label={t('image.uploading', { percent: Math.round(progress * 100) })}
        />
      ) : null}
      <Text size="sm" c="red.9" id={errorId} role={shownError ? 'alert' : undefined}>
        {shownError ?? ''}
      </Text>
      <LiveRegion message={status} />
    </Stack>
  );
}
