import { Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { Challenge, PlaceKind, PlaceStatus } from '@wide-open/shared/contracts';
import { type PlaceFilter } from '@wide-open/web/data-access';
import { CountrySelect } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';

export interface PlaceFilterValues {
  search: string;
  country: string;
  kind: PlaceKind | '';
  challenge: Challenge | '';
  status: PlaceStatus | '';
}

export const noPlaceFilters: PlaceFilterValues = {
  search: '',
  country: '',
  kind: '',
  challenge: '',
  status: '',
};

/** Only the filters in use. */
export function placeFilter(values: PlaceFilterValues): PlaceFilter | null {
  const filter: PlaceFilter = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (values.country) filter.country = values.country;
  if (values.kind) filter.kind = values.kind;
  if (values.challenge) filter.challenge = values.challenge;
  if (values.status) filter.status = values.status;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function PlaceFilters({
  values,
  onChange,
}: {
  values: PlaceFilterValues;
  onChange: (values: PlaceFilterValues) => void;
}) {
  const { t } = useTranslation('placePages');
  const set =
    <K extends keyof PlaceFilterValues>(key: K) =>
    (value: PlaceFilterValues[K]) =>
      onChange({ ...values, [key]: value });
  return (
    <>
      <TextInput
        id="place-search"
        type="search"
        label={t('index.search')}
        description={t('index.searchHelp')}
        value={values.search}
        onChange={(e) => set('search')(e.currentTarget.value)}
        maw={520}
      />
      <SimpleGrid
        cols={{ base: 1, xs: 2, md: 4 }}
        component="fieldset"
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        <legend className="wo-visually-hidden">{t('index.filters')}</legend>
        <CountrySelect
          id="place-country"
          label={t('index.country')}
          emptyLabel={t('index.anyCountry')}
          value={values.country}
          onChange={set('country')}
        />
        <NativeSelect
          id="place-kind"
          label={t('index.kind')}
          value={values.kind}
          onChange={(e) => set('kind')(e.currentTarget.value as PlaceKind | '')}
          data={[
            { value: '', label: t('index.anyKind') },
            ...Object.values(PlaceKind).map((k) => ({ value: k, label: t(`places:kind.${k}`) })),
          ]}
        />
        <NativeSelect
          id="place-challenge"
          label={t('index.challenge')}
          value={values.challenge}
          onChange={(e) => set('challenge')(e.currentTarget.value as Challenge | '')}
          data={[
            { value: '', label: t('index.anyChallenge') },
            ...Object.values(Challenge).map((c) => ({
              value: c,
              label: t(`places:challenge.${c}`),
            })),
          ]}
        />
        <NativeSelect
          id="place-status"
          label={t('index.status')}
          value={values.status}
          onChange={(e) => set('status')(e.currentTarget.value as PlaceStatus | '')}
          data={[
            { value: '', label: t('index.anyStatus') },
            ...Object.values(PlaceStatus).map((s) => ({
              value: s,
              label: t(`places:placeStatus.${s}`),
            })),
          ]}
        />
      </SimpleGrid>
      {Object.values(values).some(Boolean) ? (
        <Button variant="subtle" w="fit-content" onClick={() => onChange(noPlaceFilters)}>
          {t('index.clear')}
        </Button>
      ) : null}
    </>
  );
}
