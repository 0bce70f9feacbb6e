import { Button, Group, TextInput } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** One box for threads, messages, places and members; it leads to `/search?q=…`. */
export function SearchBox({
  initial = '',
  autoFocus = false,
}: {
  initial?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('discussions');
  const navigate = useNavigate();
  const [query, setQuery] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = query.trim();
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form role="search" onSubmit={submit}>
      <Group gap="xs" align="flex-end">
        <TextInput
          type="search"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          maxLength={Limits.search}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: '1 1 14rem', minWidth: 0 }}
          data-autofocus={autoFocus || undefined}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </Group>
    </form>
  );
}
