import { Button, type ButtonProps } from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { type ReportTarget, useSession } from '@wide-open/web/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportingTexts } from '../i18n/use-moderation-texts.hook';
import { ReportDialog } from './report-dialog';

export interface ReportButtonProps {
  targetType: ReportTarget;
  targetId: string;
  /** Who wrote the content (the member themself for MEMBER): they cannot report it. */
  authorId: string | null | undefined;
  /** Named in the button's accessible label ("Report this post by Ana"). */
  authorName?: string;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

/**
 * "Report", for ACTIVE members other than the author; opens the report dialog. Renders nothing
 * for anyone else (the API refuses them too).
 */
export function ReportButton({
  targetType,
  targetId,
  authorId,
  authorName = '',
  size = 'compact-sm',
  variant = 'subtle',
}: ReportButtonProps) {
  useReportingTexts();
  const { t } = useTranslation('reporting');
  const { member } = useSession();
  const [opened, setOpened] = useState(false);
  if (member?.status !== MemberStatus.ACTIVE || !authorId || member.id === authorId) return null;
  return (
    <>
      <Button
        size={size}
        variant={variant}
        aria-label={t(`buttonLabel.${targetType}`, { name: authorName })}
        aria-haspopup="dialog"
        onClick={() => setOpened(true)}
      >
        {t('button')}
      </Button>
      {opened ? (
        <ReportDialog
          targetType={targetType}
          targetId={targetId}
          opened
          onClose={() => setOpened(false)}
        />
      ) : null}
    </>
  );
}
