import { Tabs, Text } from '@mantine/core';
import { Markdown } from '@wide-open/web/ui';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTextarea } from './mention-textarea';

export interface MarkdownEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  minRows?: number;
}

/** Write (with @mention suggestions) or preview the Markdown exactly as it will be shown. */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  error,
  required,
  inputRef,
  minRows,
}: MarkdownEditorProps) {
  const { t } = useTranslation('discussions');
  const [tab, setTab] = useState<string | null>('write');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false} variant="outline">
      <Tabs.List aria-label={label}>
        <Tabs.Tab value="write">{t('composer.write')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('composer.preview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <MentionTextarea
          id={id}
          label={label}
          description={t('composer.markdownHelp')}
          value={value}
          onChange={onChange}
          error={error}
          required={required}
          inputRef={inputRef}
          minRows={minRows}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        {value.trim() ? (
          <Markdown>{value}</Markdown>
        ) : (
          <Text c="dimmed">{t('composer.nothingToPreview')}</Text>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
