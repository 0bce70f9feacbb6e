import { TagsInput } from '@mantine/core';
import { Limits, type TagKind } from '@wide-open/shared/contracts';
import { useState } from 'react';
import { useTagSuggestions } from './use-tag-suggestions.hook';

export interface TagsFieldProps {
  id: string;
  kind: TagKind;
  label: string;
  description: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** Skills or interests as chips, suggesting the tags other members already use. */
export function TagsField({ kind, value, onChange, ...props }: TagsFieldProps) {
  const [typed, setTyped] = useState('');
  const suggestions = useTagSuggestions(kind, typed);
  return (
    <TagsInput
      {...props}
      value={value}
      onChange={onChange}
      searchValue={typed}
      onSearchChange={setTyped}
      data={suggestions.filter((tag) => !value.includes(tag))}
      maxTags={Limits.profile.tags}
      maxLength={Limits.profile.tag}
      splitChars={[',']}
    />
  );
}
