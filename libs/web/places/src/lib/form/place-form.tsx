import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Challenge, Limits, PlaceKind, PlaceStatus } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors } from '@wide-open/web/data-access';
import { characterCount, CountrySelect, FormErrorSummary } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlaceMutation, updatePlaceMutation } from '../place.documents';
import { PhotosField } from './photos-field';
import {
  isPlaceField,
  missingPlaceFields,
  type PlaceField,
  placeFieldOrder,
  placeInput,
  type PlaceValues,
} from './place-values';

const fieldLabels: Record<PlaceField, `form.${string}`> = {
  name: 'form.name',
  summary: 'form.summary',
  description: 'form.description',
  kinds: 'form.kinds',
  status: 'form.status',
  foundedYear: 'form.foundedYear',
  address: 'form.address',
  city: 'form.city',
  country: 'form.country',
  latitude: 'form.latitude',
  longitude: 'form.longitude',
  website: 'form.website',
  links: 'form.links',
  videos: 'form.videos',
  challenges: 'form.challenges',
  photoIds: 'form.photos',
};

export interface PlaceFormProps {
  /** Absent: a new place. */
  placeId?: string;
  initial: PlaceValues;
  uploadMaxBytes: number;
  onSaved: (slug: string) => void;
}

/** Every field of a place; the server's per-field messages land on their fields. */
export function PlaceForm({ placeId, initial, uploadMaxBytes, onSaved }: PlaceFormProps) {
  const { t } = useTranslation('placePages');
  const [values, setValues] = useState<PlaceValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<PlaceField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(createPlaceMutation);
  const [update, { loading: updating }] = useMutation(updatePlaceMutation);
  const set =
    <K extends keyof PlaceValues>(key: K) =>
    (value: PlaceValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const missing = missingPlaceFields(values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t('form.required')])));
      return;
    }
    setErrors({});
    try {
      const input = placeInput(values);
      if (placeId) {
        const { data } = await update({ variables: { id: placeId, input } });
        if (data) onSaved(data.updatePlace.slug);
      } else {
        const { data } = await create({ variables: { input } });
        if (data) onSaved(data.createPlace.slug);
      }
    } catch (error) {
      const found: Partial<Record<PlaceField, string>> = {};
      for (const [key, message] of Object.entries(fieldErrors(error))) {
        const field = key.split(/[.[]/)[0] ?? key;
        if (isPlaceField(field)) found[field] ??= message;
      }
      setErrors(found);
      const code = errorCode(error);
      if (!code) setFormError(t('form.network'));
      else if (Object.keys(found).length === 0)
        setFormError(error instanceof Error ? error.message : t('form.failed'));
      else setFormError(t('form.failed'));
    }
  };

  // The summary names each field: "This field is required" alone would not say which.
  const summary = Object.fromEntries(
    placeFieldOrder.flatMap((field) =>
      errors[field]
        ? [[field, t('form.fieldError', { field: t(fieldLabels[field]), message: errors[field] })]]
        : [],
    ),
  );
  const text = (
    field: 'name' | 'city' | 'address' | 'website',
    label: string,
    extra: Partial<Parameters<typeof TextInput>[0]> = {},
  ) => (
    <TextInput
      id={field}
      label={label}
      value={values[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <Stack gap="md">
      <FormErrorSummary message={formError} fields={summary} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {text('name', t('form.name'), { required: true, maxLength: Limits.place.name.max })}
          <Textarea
            id="summary"
            label={t('form.summary')}
            description={`${t('form.summaryHelp')} ${t('ui:characterCount', { count: characterCount(values.summary), max: Limits.place.summary.max })}`}
            required
            autosize
            minRows={2}
            value={values.summary}
            onChange={(e) => set('summary')(e.currentTarget.value)}
            error={errors.summary}
          />
          <Checkbox.Group
            id="kinds"
            label={t('form.kinds')}
            description={t('form.kindsHelp', { max: Limits.place.kinds })}
            withAsterisk
            value={values.kinds}
            onChange={(v) => set('kinds')(v)}
            error={errors.kinds}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs">
              {Object.values(PlaceKind).map((kind) => (
                <Checkbox
                  size="md"
                  key={kind}
                  value={kind}
                  label={t(`places:kind.${kind}`)}
                  disabled={
                    !values.kinds.includes(kind) && values.kinds.length >= Limits.place.kinds
                  }
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              id="status"
              label={t('form.status')}
              value={values.status}
              onChange={(e) => set('status')(e.currentTarget.value as PlaceStatus)}
              data={Object.values(PlaceStatus).map((s) => ({
                value: s,
                label: t(`places:placeStatus.${s}`),
              }))}
              error={errors.status}
              miw={180}
            />
            <TextInput
              id="foundedYear"
              label={t('form.foundedYear')}
              inputMode="numeric"
              value={values.foundedYear}
              onChange={(e) => set('foundedYear')(e.currentTarget.value)}
              error={errors.foundedYear}
              miw={180}
            />
          </Group>
          {text('address', t('form.address'), {
            maxLength: Limits.place.address,
            autoComplete: 'street-address',
          })}
          <Group grow align="flex-start" wrap="wrap">
            {text('city', t('form.city'), { required: true, miw: 180 })}
            <CountrySelect
              id="country"
              label={t('form.country')}
              emptyLabel={t('form.chooseCountry')}
              required
              value={values.country}
              onChange={set('country')}
              error={errors.country}
            />
          </Group>
          <Fieldset legend={t('form.coordinates')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('form.coordinatesHelp')}
            </Text>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                id="latitude"
                label={t('form.latitude')}
                inputMode="decimal"
                value={values.latitude}
                onChange={(e) => set('latitude')(e.currentTarget.value)}
                error={errors.latitude}
                miw={140}
              />
              <TextInput
                id="longitude"
                label={t('form.longitude')}
                inputMode="decimal"
                value={values.longitude}
                onChange={(e) => set('longitude')(e.currentTarget.value)}
                error={errors.longitude}
                miw={140}
              />
            </Group>
          </Fieldset>
          <Textarea
            id="description"
            label={t('form.description')}
            description={t('form.descriptionHelp')}
            autosize
            minRows={5}
            value={values.description}
            onChange={(e) => set('description')(e.currentTarget.value)}
            error={errors.description}
          />
          <Checkbox.Group
            id="challenges"
            label={t('form.challenges')}
            value={values.challenges}
            onChange={(v) => set('challenges')(v)}
            error={errors.challenges}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {Object.values(Challenge).map((c) => (
                <Checkbox key={c} size="md" value={c} label={t(`places:challenge.${c}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {text('website', t('form.website'), { type: 'url', autoComplete: 'url' })}
          <Textarea
            id="links"
            label={t('form.links')}
            description={t('form.linksHelp')}
            autosize
            minRows={2}
            value={values.links}
            onChange={(e) => set('links')(e.currentTarget.value)}
            error={errors.links}
          />
          <Textarea
            id="videos"
            label={t('form.videos')}
            description={t('form.videosHelp')}
            autosize
            minRows={2}
            value={values.videos}
            onChange={(e) => set('videos')(e.currentTarget.value)}
            error={errors.videos}
          />
          <PhotosField
            photos={values.photos}
            onChange={(change) => setValues((v) => ({ ...v, photos: change(v.photos) }))}
            maxBytes={uploadMaxBytes}
            error={errors.photoIds}
          />
          <Button type="submit" size="md" loading={creating || updating} w="fit-content">
            {placeId ? t('form.save') : t('form.create')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
