import '../events.css';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors } from '@wide-open/web/data-access';
import { CountrySelect, FormErrorSummary, PageHeading, PageLoader } from '@wide-open/web/ui';
import { type FormEvent, memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { createEventMutation } from '../events.documents';
import { useEventViewer } from '../hooks/use-event-viewer.hook';
import { useEventsTexts } from '../hooks/use-events-texts.hook';
import { browserTimeZone, timeZoneNames } from '../time/zoned-time';
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

function initialDraft(language: string): EventDraft {
  return {
    title: '',
    description: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: browserTimeZone(),
    placeId: null,
    address: '',
    city: '',
    country: '',
    onlineUrl: '',
    capacity: '',
    language: language === 'fr' ? 'fr' : 'en',
    repeat: false,
    frequency: 'MONTHLY',
    interval: '2',
    count: '6',
  };
}

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

export function EventForm() {
  const { t, i18n } = useTranslation('events');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<EventDraft>(() => initialDraft(i18n.resolvedLanguage ?? 'en'));
  const [place, setPlace] = useState<ChosenPlace | null>(null);
  const [errors, setErrors] = useState<EventErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createEvent, { loading }] = useMutation(createEventMutation);
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setZone = useCallback((timeZone: string) => setDraft((d) => ({ ...d, timeZone })), []);
  const setCountry = useCallback((country: string) => setDraft((d) => ({ ...d, country })), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkEvent({ ...draft, placeId: place?.id ?? null }, t);
    setErrors(checked.errors);
    setFailure(null);
    if (Object.keys(checked.errors).length > 0 || !checked.startsAt || !checked.endsAt) {
      setFailure(t('form.failed'));
      return;
    }
    try {
      const result = await createEvent({
        variables: {
          input: toEventInput(
            { ...draft, placeId: place?.id ?? null },
            checked.startsAt,
            checked.endsAt,
          ),
        },
      });
      if (result.data) await navigate(`/events/${result.data.createEvent.id}`);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BAD_USER_INPUT) {
        setErrors(serverErrors(fieldErrors(error), t));
        setFailure(t('form.failed'));
      } else setFailure(t('form.errorGeneric'));
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
      <PageHeading title={t('form.title')} />
      <Text>{t('form.intro')}</Text>
      <div className="wo-events-form-errors">
        <FormErrorSummary
          message={Object.keys(summary).length > 0 ? null : failure}
          fields={summary}
          title={t('form.failed')}
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
          <Checkbox
            id="repeat"
            label={t('form.repeat')}
            checked={draft.repeat}
            onChange={(event) => set('repeat', event.currentTarget.checked)}
          />
          {draft.repeat ? (
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
            {t('form.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/events">
        {t('form.cancel')}
      </Anchor>
    </Stack>
  );
}

/** `/events/new`: ambassadors and above; visitors sign in first and come back. */
export function NewEventPage() {
  useEventsTexts();
  const { t } = useTranslation('events');
  const viewer = useEventViewer();
  const location = useLocation();
  let body;
  if (viewer.loading) body = <PageLoader />;
  else if (!viewer.member)
    body = <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  else if (!viewer.ambassador)
    body = (
      <Stack gap="md">
        <PageHeading title={t('form.title')} />
        <Alert color="gray">{t('form.notAllowed')}</Alert>
        <Anchor component={Link} to="/events">
          {t('form.cancel')}
        </Anchor>
      </Stack>
    );
  else body = <EventForm />;
  return (
    <Container size="md" className="wo-events">
      {body}
    </Container>
  );
}
