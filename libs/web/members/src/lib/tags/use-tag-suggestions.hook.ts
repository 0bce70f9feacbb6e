import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { type TagKind } from '@wide-open/shared/contracts';
import { memberTagsQuery } from '../members.documents';

/** Tags in use that start with what is typed, most used first; asked 250 ms after typing. */
export function useTagSuggestions(kind: TagKind, typed: string): string[] {
  const [prefix] = useDebouncedValue(typed.trim(), 250);
  const { data } = useQuery(memberTagsQuery, {
    variables: { kind, prefix },
    skip: prefix.length === 0,
  });
  return data?.memberTags.map((tag) => tag.name) ?? [];
}
