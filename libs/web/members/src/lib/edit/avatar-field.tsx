import { Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { uploadImage, uploadStatus } from '@wide-open/web/data-access';
import { LiveRegion, useImageUpload } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberAvatar } from '../profile/member-avatar';

/** What the form sends: nothing (unchanged), a new upload's id, or null (removed). */
export type AvatarChange =
  { kind: 'unchanged' } | { kind: 'set'; id: string } | { kind: 'removed' };

export interface AvatarFieldProps {
  name: string;
  currentUrl: string | null | undefined;
  maxBytes: number;
  onChange: (change: AvatarChange) => void;
  error?: string;
}

/**
 * Uploads the photo as soon as it is chosen (with progress), previews it, and says plainly why a
 * file was refused: too large (checked here first, then by the server) or not an image.
 */
export function AvatarField({ name, currentUrl, maxBytes, onChange, error }: AvatarFieldProps) {
  const { t } = useTranslation('members');
  const [isNew, setIsNew] = useState(false);
  const { max, preview, setPreview, progress, problem, status, choose } = useImageUpload({
    currentUrl,
    maxBytes,
    upload: uploadImage,
    statusOf: uploadStatus,
    texts: {
      tooLarge: (limit) => t('edit.tooLarge', { max: limit }),
      notImage: t('edit.notImage'),
      failed: t('edit.uploadFailed'),
      uploading: (percent) => t('edit.uploading', { percent }),
      uploaded: t('edit.uploaded'),
    },
    onUploaded: (id) => {
      setIsNew(true);
      onChange({ kind: 'set', id });
    },
  });

  const shownError = problem ?? error;
  return (
    <Stack gap="xs" id="avatarId">
      <Text fw={500} size="sm" id="avatar-label">
        {t('edit.avatar')}
      </Text>
      <Group gap="md" align="center">
        <MemberAvatar
          url={preview}
          name={name}
          alt={preview ? (isNew ? t('edit.avatarPreview') : t('edit.avatarCurrent')) : ''}
          size={80}
        />
        <Stack gap={6}>
          <Group gap="xs">
            <FileButton onChange={(file) => void choose(file)} accept="image/*">
              {(props) => (
                <Button
                  {...props}
                  variant="outline"
                  loading={progress !== null}
                  aria-describedby="avatar-help avatar-error"
                >
                  {t('edit.avatarChoose')}
                </Button>
              )}
            </FileButton>
            {preview ? (
              <Button
                variant="outline"
                color="red.9"
                onClick={() => {
                  setPreview(null);
                  setIsNew(false);
                  onChange({ kind: 'removed' });
                }}
              >
                {t('edit.avatarRemove')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" id="avatar-help">
            {preview
              ? t('edit.avatarHelp', { max })
              : `${t('edit.avatarNone')} ${t('edit.avatarHelp', { max })}`}
          </Text>
        </Stack>
      </Group>
      {progress !== null ? (
        <Progress
          value={Math.round(progress * 100)}
          aria-label={t('edit.uploading', { percent: Math.round(progress * 100) })}
        />
      ) : null}
      <Text size="sm" c="red.9" id="avatar-error" role={shownError ? 'alert' : undefined}>
        {shownError ?? ''}
      </Text>
      <LiveRegion message={status} />
    </Stack>
  );
}
