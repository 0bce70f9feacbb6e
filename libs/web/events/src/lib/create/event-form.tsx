import '../events.css';
import { useMutation } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import {
  errorCode,
  fieldErrors,
  uploadImage,
  uploadStatus,
  useUploadMaxBytes,
} from '@wide-open/web/data-access';
import {
  CountrySelect,
  FormErrorSummary,
  type ImageChange,
  ImageUploadField,
  PageHeading,
} from '@wide-open/web/ui';
import { type FormEvent, memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createEventMutation, updateEventMutation } from '../events.documents';
import { timeZoneNames } from '../time/zoned-time';
import { draftFromEvent, type EditableEvent, initialDraft } from './event-draft';
import { type ChosenPlace, PlacePicker } from './place-picker';
import {
  checkEvent,
  type EventDraft,
  type EventErrors,
  EventLimits,
  fieldInputId,
  serverErrors,
  toEventInput,
} from './validate-event';

interface SelectFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

// The long selects (some 400 zones, 250 countries) re-render only when their own value changes,
// not on every key typed elsewhere in the form.
const ZoneSelect = memo(function ZoneSelect({ value, onChange, error }: SelectFieldProps) {
  const { t } = useTranslation('events');
  const zones = useMemo(() => timeZoneNames(value), [value]);
  return (
    <NativeSelect
      id="timeZone"
      label={t('form.timeZone')}
      description={t('form.timeZoneHelp')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
      error={error}
      maw={420}
    />
  );
});

const CountryField = memo(function CountryField({ value, onChange, error }: SelectFieldProps) {
  const { t } = useTranslation('events');
  return (
    <CountrySelect
      id="country"
      label={t('form.country')}
      emptyLabel={t('form.noCountry')}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
});

/**
 * Creating an event (or a series), or changing one: in a series, the change applies to this
 * occurrence only, so the repeat settings are not offered when editing.
 */
export function EventForm({ existing }: { existing?: EditableEvent }) {
  const { t, i18n } = useTranslation('events');
  const navigate = useNavigate();
  const maxBytes = useUploadMaxBytes();
  const [draft, setDraft] = useState<EventDraft>(() =>
    existing ? draftFromEvent(existing) : initialDraft(i18n.resolvedLanguage ?? 'en'),
  );
  const [place, setPlace] = useState<ChosenPlace | null>(existing?.place ?? null);
  const [cover, setCover] = useState<ImageChange>({ kind: 'unchanged' });
  const [errors, setErrors] = useState<EventErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createEvent, { loading: creating }] = useMutation(createEventMutation);
  const [updateEvent, { loading: updating }] = useMutation(updateEventMutation);
  const loading = creating || updating;
  const failedKey = existing ? 'edit.failed' : 'form.failed';
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setZone = useCallback((timeZone: string) => setDraft((d) => ({ ...d, timeZone })), []);
  const setCountry = useCallback((country: string) => setDraft((d) => ({ ...d, country })), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkEvent({ ...draft, placeId: place?.id ?? null }, t, new Date(), {
      unchangedStart: existing ? new Date(existing.startsAt) : undefined,
    });
    setErrors(checked.errors);
    setFailure(null);
    if (Object.keys(checked.errors).length > 0 || !checked.startsAt || !checked.endsAt) {
      setFailure(t(failedKey));
      return;
    }
    const input = toEventInput(
      { ...draft, placeId: place?.id ?? null },
      checked.startsAt,
      checked.endsAt,
    );
    const coverId = cover.kind === 'set' ? cover.id : cover.kind === 'removed' ? null : undefined;
    try {
      if (existing) {
        const { recurrence: _repeatIsForNewEvents, ...changes } = input;
        await updateEvent({ variables: { id: existing.id, input: { ...changes, coverId } } });
        await navigate(`/events/${existing.id}`, { state: { saved: true } });
      } else {
        const result = await createEvent({ variables: { input: { ...input, coverId } } });
        if (result.data) await navigate(`/events/${result.data.createEvent.id}`);
      }
    } catch (error) {
      if (errorCode(error) === ErrorCode.BAD_USER_INPUT) {
        setErrors(serverErrors(fieldErrors(error), t));
        setFailure(t(failedKey));
      } else setFailure(t(existing ? 'edit.errorGeneric' : 'form.errorGeneric'));
    }
  };

  const summary = Object.fromEntries(
    Object.entries(errors)
      .filter((entry): entry is [keyof typeof fieldInputId, string] => !!entry[1])
      .map(([field, message]) => [fieldInputId[field], message]),
  );
  const half = { base: '100%', xs: 200 };

  return (
    <Stack gap="md">
      <PageHeading
        title={existing ? t('edit.title', { title: existing.title }) : t('form.title')}
      />
      <Text>
        {existing?.seriesId ? t('edit.seriesIntro') : existing ? t('edit.intro') : t('form.intro')}
      </Text>
      <div className="wo-events-form-errors">
        <FormErrorSummary
          message={Object.keys(summary).length > 0 ? null : failure}
          fields={summary}
          title={t(failedKey)}
        />
      </div>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <TextInput
            id="title"
            label={t('form.eventTitle')}
            description={t('form.titleHelp', EventLimits.title)}
            required
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            id="description"
            label={t('form.description')}
            description={t('form.descriptionHelp')}
            autosize
            minRows={5}
            value={draft.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={errors.description}
          />
          <Fieldset legend={t('form.when')}>
            <Stack gap="sm">
              <Group gap="sm" align="flex-start" wrap="wrap">
                <TextInput
                  id="startDate"
                  type="date"
                  label={t('form.startDate')}
                  required
                  value={draft.startDate}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((current) => ({
                      ...current,
                      startDate: value,
                      endDate: current.endDate || value,
                    }));
                  }}
                  error={errors.startsAt}
                  w={half}
                />
                <TextInput
                  id="startTime"
                  type="time"
                  label={t('form.startTime')}
                  required
                  value={draft.startTime}
                  onChange={(event) => set('startTime', event.currentTarget.value)}
                  error={!!errors.startsAt}
                  w={half}
                />
              </Group>
              <Group gap="sm" align="flex-start" wrap="wrap">
                <TextInput
                  id="endDate"
                  type="date"
                  label={t('form.endDate')}
                  required
                  value={draft.endDate}
                  onChange={(event) => set('endDate', event.currentTarget.value)}
                  error={errors.endsAt}
                  w={half}
                />
                <TextInput
                  id="endTime"
                  type="time"
                  label={t('form.endTime')}
                  required
                  value={draft.endTime}
                  onChange={(event) => set('endTime', event.currentTarget.value)}
                  error={!!errors.endsAt}
                  w={half}
                />
              </Group>
              <ZoneSelect value={draft.timeZone} onChange={setZone} error={errors.timeZone} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('form.where')}>
            <Stack gap="sm">
              <Text size="sm">{t('form.whereHelp')}</Text>
              <PlacePicker value={place} onChange={setPlace} error={errors.placeId} />
              <TextInput
                id="address"
                label={t('form.address')}
                value={draft.address}
                onChange={(event) => set('address', event.currentTarget.value)}
                error={errors.address}
              />
              <Group gap="sm" align="flex-start" wrap="wrap">
                <TextInput
                  id="city"
                  label={t('form.city')}
                  value={draft.city}
                  onChange={(event) => set('city', event.currentTarget.value)}
                  error={errors.city}
                  w={{ base: '100%', xs: 240 }}
                />
                <CountryField value={draft.country} onChange={setCountry} error={errors.country} />
              </Group>
              <TextInput
                id="onlineUrl"
                type="url"
                label={t('form.onlineUrl')}
                description={t('form.onlineUrlHelp')}
                value={draft.onlineUrl}
                onChange={(event) => set('onlineUrl', event.currentTarget.value)}
                error={errors.onlineUrl}
              />
            </Stack>
          </Fieldset>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              id="capacity"
              inputMode="numeric"
              label={t('form.capacity')}
              description={t('form.capacityHelp')}
              value={draft.capacity}
              onChange={(event) => set('capacity', event.currentTarget.value)}
              error={errors.capacity}
              w={{ base: '100%', xs: 320 }}
            />
            <NativeSelect
              id="language"
              label={t('form.language')}
              value={draft.language}
              onChange={(event) =>
                set('language', event.currentTarget.value === 'fr' ? 'fr' : 'en')
              }
              data={[
                { value: 'fr', label: t('language.fr') },
                { value: 'en', label: t('language.en') },
              ]}
              error={errors.language}
            />
          </Group>
          <ImageUploadField
            id="coverId"
            label={t('form.cover')}
            currentUrl={existing?.coverUrl}
            maxBytes={maxBytes}
            upload={uploadImage}
            statusOf={uploadStatus}
            onChange={setCover}
            error={errors.coverId}
          />
          {existing ? null : (
            <Checkbox
              id="repeat"
              label={t('form.repeat')}
              checked={draft.repeat}
              onChange={(event) => set('repeat', event.currentTarget.checked)}
            />
          )}
          {draft.repeat && !existing ? (
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NativeSelect
                id="recurrenceFrequency"
                label={t('form.frequency')}
                value={draft.frequency}
                onChange={(event) =>
                  set('frequency', event.currentTarget.value === 'WEEKLY' ? 'WEEKLY' : 'MONTHLY')
                }
                data={[
                  { value: 'WEEKLY', label: t('form.weeks') },
                  { value: 'MONTHLY', label: t('form.months') },
                ]}
                error={errors['recurrence.frequency']}
              />
              <TextInput
                id="recurrenceInterval"
                inputMode="numeric"
                label={t('form.interval')}
                value={draft.interval}
                onChange={(event) => set('interval', event.currentTarget.value)}
                error={errors['recurrence.interval']}
              />
              <TextInput
                id="recurrenceCount"
                inputMode="numeric"
                label={t('form.count')}
                value={draft.count}
                onChange={(event) => set('count', event.currentTarget.value)}
                error={errors['recurrence.count']}
              />
            </Group>
          ) : null}
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {existing ? t('edit.submit') : t('form.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={existing ? `/events/${existing.id}` : '/events'}>
        {t('form.cancel')}
      </Anchor>
    </Stack>
  );
}
