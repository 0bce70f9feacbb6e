import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LiveRegion } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventPlacesQuery } from '../events.documents';

export interface ChosenPlace {
  id: string;
  name: string;
  city: string;
  country: string;
}

export interface PlacePickerProps {
  value: ChosenPlace | null;
  onChange: (place: ChosenPlace | null) => void;
  error?: string;
}

/** Finds a place page by name (the `places` search) and keeps the one chosen. */
export function PlacePicker({ value, onChange, error }: PlacePickerProps) {
  const { t } = useTranslation('events');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const resultsId = useId();
  const { data } = useQuery(eventPlacesQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2 || value !== null,
  });
  const places = debounced.length >= 2 ? (data?.places.edges.map((e) => e.node) ?? []) : [];

  if (value)
    return (
      <Group gap="sm" id="placeSearch" tabIndex={-1}>
        <Text fw={500}>{t('form.chosenPlace', { name: value.name })}</Text>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
          {t('form.removePlace')}
        </Button>
      </Group>
    );

  return (
    <Stack gap={4}>
      <TextInput
        id="placeSearch"
        type="search"
        label={t('form.placeSearch')}
        description={t('form.placeSearchHelp')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        error={error}
        aria-controls={resultsId}
        autoComplete="off"
      />
      <div id={resultsId}>
        {places.length > 0 ? (
          <ul className="wo-events-plain-list" aria-label={t('form.placeResults')}>
            {places.map((place) => (
              <li key={place.id}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => {
                    onChange(place);
                    setSearch('');
                  }}
                >
                  {t('form.choosePlace', { name: `${place.name} (${place.city})` })}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        {data && debounced.length >= 2 && places.length === 0 ? (
          <Text size="sm">{t('form.noPlaces')}</Text>
        ) : null}
      </div>
      <LiveRegion
        message={
          debounced.length >= 2 && data
            ? places.length > 0
              ? `${t('form.placeResults')}: ${places.length}`
              : t('form.noPlaces')
            : ''
        }
      />
    </Stack>
  );
}
