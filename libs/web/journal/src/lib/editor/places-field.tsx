import { useQuery } from '@apollo/client/react';
import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LiveRegion } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storyPlacesSearchQuery } from '../journal.documents';
import { type ChosenPlace } from './story-values';

export interface PlacesFieldProps {
  value: ChosenPlace[];
  onChange: (places: ChosenPlace[]) => void;
  error?: string;
}

/** The places a story is about: found by name (the `places` search), kept in order. */
export function PlacesField({ value, onChange, error }: PlacesFieldProps) {
  const { t } = useTranslation('journal');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const resultsId = useId();
  const chosenId = useId();
  const [message, setMessage] = useState('');
  const { data } = useQuery(storyPlacesSearchQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const chosen = new Set(value.map((p) => p.id));
  const found =
    debounced.length >= 2
      ? (data?.places.edges.map((e) => e.node).filter((p) => !chosen.has(p.id)) ?? [])
      : [];

  return (
    <Stack gap={6}>
      <Text fw={500} size="sm" id={chosenId}>
        {t('editor.chosenPlaces')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm">{t('editor.noChosenPlaces')}</Text>
      ) : (
        <Group component="ul" gap="xs" aria-labelledby={chosenId} className="wo-journal-plain-list">
          {value.map((place) => (
            <li key={place.id}>
              <Group gap={4} wrap="nowrap" className="wo-journal-chip">
                <Text size="sm">{place.name}</Text>
                <CloseButton
                  size="sm"
                  aria-label={t('editor.removePlace', { name: place.name })}
                  onClick={() => {
                    onChange(value.filter((p) => p.id !== place.id));
                    setMessage(t('editor.removePlace', { name: place.name }));
                  }}
                />
              </Group>
            </li>
          ))}
        </Group>
      )}
      <TextInput
        id="story-place-search"
        type="search"
        label={t('editor.placeSearch')}
        description={t('editor.placeSearchHelp')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setMessage('');
        }}
        error={error}
        aria-controls={resultsId}
        autoComplete="off"
      />
      <div id={resultsId}>
        {found.length > 0 ? (
          <ul className="wo-journal-plain-list" aria-label={t('editor.placeResults')}>
            {found.map((place) => (
              <li key={place.id}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => {
                    onChange([...value, { id: place.id, slug: place.slug, name: place.name }]);
                    setSearch('');
                    setMessage(t('editor.choosePlace', { name: place.name }));
                  }}
                >
                  {t('editor.choosePlace', { name: `${place.name} (${place.city})` })}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        {data && debounced.length >= 2 && found.length === 0 ? (
          <Text size="sm">{t('editor.noPlaces')}</Text>
        ) : null}
      </div>
      <LiveRegion
        message={
          message ||
          (debounced.length >= 2 && data
            ? found.length > 0
              ? `${t('editor.placeResults')}: ${found.length}`
              : t('editor.noPlaces')
            : '')
        }
      />
    </Stack>
  );
}
