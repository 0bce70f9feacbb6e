import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FormErrorSummaryProps {
  /** A message not tied to one field (wrong password, network down...). */
  message?: string | null;
  /** Field messages, keyed by the input's id so each item links to its field. */
  fields?: Record<string, string>;
  title?: string;
}

/**
 * Announces a failed submission (role="alert": read at once by screen readers) and links each
 * field message to its input. Renders nothing when there is nothing to say.
 */
export function FormErrorSummary({ message, fields = {}, title }: FormErrorSummaryProps) {
  const { t } = useTranslation('ui');
  const entries = Object.entries(fields);
  if (!message && entries.length === 0) return null;
  return (
    <Alert role="alert" color="red" variant="outline" title={title ?? t('formHasErrors')}>
      {message ? <p style={{ margin: 0 }}>{message}</p> : null}
      {entries.length > 0 ? (
        <List size="sm">
          {entries.map(([id, text]) => (
            <List.Item key={id}>
              <a href={`#${id}`}>{text}</a>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
