import { ActionIcon, Button, FileButton, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { UploadError, uploadImage } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormPhoto } from './place-values';

function megabytes(bytes: number, language: string) {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

/**
 * Photos uploaded one by one as chosen (with progress), then reordered with buttons (keyboard
 * and screen-reader friendly, unlike drag and drop) or removed.
 */
export function PhotosField({
  photos,
  onChange,
  maxBytes,
  error,
}: {
  photos: FormPhoto[];
  onChange: (update: (photos: FormPhoto[]) => FormPhoto[]) => void;
  maxBytes: number;
  error?: string;
}) {
  const { t, i18n } = useTranslation('placePages');
  const max = megabytes(maxBytes, i18n.resolvedLanguage ?? 'en');
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const upload = async (files: File[]) => {
    const found: string[] = [];
    for (const file of files) {
      if (file.size > maxBytes) {
        found.push(t('form.tooLarge', { name: file.name, max }));
        continue;
      }
      setProgress({ name: file.name, fraction: 0 });
      try {
        const uploaded = await uploadImage(file, (fraction) =>
          setProgress({ name: file.name, fraction }),
        );
        onChange((current) => [...current, { id: uploaded.id, url: uploaded.url }]);
        setStatus(t('form.uploaded', { name: file.name }));
      } catch (failure) {
        const code = failure instanceof UploadError ? failure.status : 0;
        found.push(
          code === 413
            ? t('form.tooLarge', { name: file.name, max })
            : code === 415
              ? t('form.notImage', { name: file.name })
              : t('form.uploadFailed', { name: file.name }),
        );
      }
    }
    setProgress(null);
    setProblems(found);
  };

  const move = (index: number, by: -1 | 1) =>
    onChange((current) => {
      const next = [...current];
      const [photo] = next.splice(index, 1);
      if (photo) next.splice(index + by, 0, photo);
      return next;
    });

  const shown = [...problems, ...(error ? [error] : [])];
  return (
    <Stack gap="xs" id="photoIds">
      <Text fw={500} size="sm">
        {t('form.photos')}
      </Text>
      <Text size="sm" c="dimmed" id="photos-help">
        {t('form.photosHelp', { max, count: Limits.place.photos })}
      </Text>
      {photos.length > 0 ? (
        <Stack component="ol" gap="xs" style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
          {photos.map((photo, index) => {
            const n = index + 1;
            return (
              <Group component="li" key={photo.id} gap="sm" wrap="nowrap">
                <Image
                  src={photo.url}
                  alt={t('form.photoAlt', { index: n })}
                  w={96}
                  h={64}
                  fit="cover"
                  radius="sm"
                />
                <Group gap={4}>
                  <ActionIcon
                    variant="outline"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('form.moveUp', { index: n })}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="outline"
                    disabled={index === photos.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('form.moveDown', { index: n })}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="outline"
                    color="red.9"
                    onClick={() => onChange((current) => current.filter((p) => p.id !== photo.id))}
                    aria-label={t('form.removePhoto', { index: n })}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
        </Stack>
      ) : null}
      {photos.length < Limits.place.photos ? (
        <FileButton onChange={(files) => void upload(files)} accept="image/*" multiple>
          {(props) => (
            <Button
              {...props}
              variant="outline"
              w="fit-content"
              loading={progress !== null}
              aria-describedby="photos-help"
            >
              {t('form.addPhotos')}
            </Button>
          )}
        </FileButton>
      ) : null}
      {progress ? (
        <Progress
          value={Math.round(progress.fraction * 100)}
          aria-label={t('form.uploading', {
            name: progress.name,
            percent: Math.round(progress.fraction * 100),
          })}
        />
      ) : null}
      {shown.length > 0 ? (
        <Stack gap={2} role="alert">
          {shown.map((message) => (
            <Text key={message} size="sm" c="red.9">
              {message}
            </Text>
          ))}
        </Stack>
      ) : null}
      <LiveRegion message={status} />
    </Stack>
  );
}
