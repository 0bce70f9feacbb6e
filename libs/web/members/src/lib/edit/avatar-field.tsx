import { Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { UploadError, uploadImage } from '@wide-open/web/data-access';
import { formatBytes, LiveRegion } from '@wide-open/web/ui';
import { useEffect, useState } from 'react';
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
  const { t, i18n } = useTranslation('members');
  const max = formatBytes(maxBytes, i18n.resolvedLanguage ?? 'en');
  const [preview, setPreview] = useState<string | null>(currentUrl ?? null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [isNew, setIsNew] = useState(false);

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
      setProblem(t('edit.tooLarge', { max }));
      return;
    }
    setProgress(0);
    setStatus(t('edit.uploading', { percent: 0 }));
    try {
      const uploaded = await uploadImage(file, (fraction) => setProgress(fraction));
      setPreview(URL.createObjectURL(file));
      setIsNew(true);
      onChange({ kind: 'set', id: uploaded.id });
      setStatus(t('edit.uploaded'));
    } catch (failure) {
      const code = failure instanceof UploadError ? failure.status : 0;
      const message =
        code === 413
          ? t('edit.tooLarge', { max })
          : code === 415
            ? t('edit.notImage')
            : t('edit.uploadFailed');
      setProblem(message);
      setStatus('');
    } finally {
      setProgress(null);
    }
  };

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
