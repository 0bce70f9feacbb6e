import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Limits } from '@wide-open/shared/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageRecipientsQuery } from '../messaging.documents';

export interface Recipient {
  id: string;
  handle: string;
  displayName: string;
}

export interface RecipientPickerProps {
  id: string;
  label: string;
  value: Recipient[];
  onChange: (recipients: Recipient[]) => void;
  /** Members who cannot be picked (the viewer, people already in the group). */
  excludeIds: string[];
  error?: string | null;
  description?: string;
  max?: number;
}

/** Searches ACTIVE members by name as one types; picked members stay listed between searches. */
export function RecipientPicker({
  id,
  label,
  value,
  onChange,
  excludeIds,
  error,
  description,
  max = Limits.messaging.groupSize - 1,
}: RecipientPickerProps) {
  const { t } = useTranslation('messaging');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data } = useQuery(messageRecipientsQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const found = useMemo(
    () => (data?.members.edges ?? []).map((e) => e.node).filter((m) => !excludeIds.includes(m.id)),
    [data, excludeIds],
  );
  // Picked members must stay in `data`, or their pills would lose their names.
  const known = useMemo(() => {
    const all = new Map<string, Recipient>();
    for (const m of [...value, ...found]) all.set(m.id, m);
    return all;
  }, [value, found]);
  const options = [...known.values()].map((m) => ({
    value: m.id,
    label: `${m.displayName} (@${m.handle})`,
  }));
  return (
    <MultiSelect
      id={id}
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('compose.searchPlaceholder') : undefined}
      data={options}
      value={value.map((m) => m.id)}
      onChange={(ids) =>
        onChange(ids.map((memberId) => known.get(memberId)).filter((m): m is Recipient => !!m))
      }
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched names (accents ignored); filtering again would hide results.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.length >= 2 ? t('compose.noResults') : undefined}
      maxValues={max}
      error={error}
      hidePickedOptions
    />
  );
}
