import { useQuery } from '@apollo/client/react';
import { Paper, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useDebouncedValue, useMergedRef } from '@mantine/hooks';
import { type KeyboardEvent, type Ref, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberSuggestionsQuery } from '../discussions.documents';
import { insertMention, mentionAt } from './mention-query';

export interface MentionTextareaProps extends Omit<TextareaProps, 'value' | 'onChange' | 'ref'> {
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
}

interface Typing {
  query: string;
  start: number;
  caret: number;
}

/**
 * A Markdown textarea that suggests members while `@name` is typed. The textarea keeps focus;
 * arrows move through the suggestions (announced through aria-activedescendant), Enter or Tab
 * inserts `@handle`, Escape closes the list.
 */
export function MentionTextarea({ value, onChange, inputRef, ...props }: MentionTextareaProps) {
  const { t } = useTranslation('discussions');
  const listId = useId();
  const ownRef = useRef<HTMLTextAreaElement | null>(null);
  const ref = useMergedRef(ownRef, inputRef);
  const [typing, setTyping] = useState<Typing | null>(null);
  const [active, setActive] = useState(0);
  const [query] = useDebouncedValue(typing?.query ?? '', 150);
  const { data } = useQuery(memberSuggestionsQuery, {
    variables: { search: query, first: 6 },
    skip: !typing || query.length === 0,
  });
  const open = !!typing && query.length > 0 && !!data;
  const suggestions = open ? data.members.edges.map((edge) => edge.node) : [];

  const track = (element: HTMLTextAreaElement) => {
    const found = mentionAt(element.value, element.selectionStart);
    setTyping(found ? { ...found, caret: element.selectionStart } : null);
    setActive(0);
  };

  const pick = (handle: string) => {
    if (!typing) return;
    const next = insertMention(value, typing.start, typing.caret, handle);
    onChange(next.text);
    setTyping(null);
    requestAnimationFrame(() => {
      ownRef.current?.focus();
      ownRef.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setTyping(null);
      return;
    }
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(suggestions[active]?.handle ?? suggestions[0].handle);
    }
  };

  return (
    <div style={{ position: 'relative' }}>
      <Textarea
        {...props}
        ref={ref}
        value={value}
        autosize
        minRows={props.minRows ?? 4}
        maxRows={16}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          track(event.currentTarget);
        }}
        onClick={(event) => track(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setTyping(null)}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && suggestions.length > 0 ? `${listId}-${active}` : undefined}
      />
      {open ? (
        <Paper withBorder shadow="sm" p={4} className="wo-mention-list">
          {suggestions.length === 0 ? (
            <Text size="sm" p="xs">
              {t('composer.noSuggestion')}
            </Text>
          ) : (
            <ul role="listbox" id={listId} aria-label={t('composer.suggestions')}>
              {suggestions.map((member, index) => (
                <li
                  key={member.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  // mousedown, not click: the textarea must not lose focus (and close the list).
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(member.handle);
                  }}
                >
                  <strong>{member.displayName}</strong> <span>@{member.handle}</span>
                </li>
              ))}
            </ul>
          )}
        </Paper>
      ) : null}
    </div>
  );
}
