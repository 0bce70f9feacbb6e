import { Anchor, Stack, Text, Title } from '@mantine/core';
import { type EventQuery } from '@wide-open/web/data-access';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Attendee = NonNullable<NonNullable<EventQuery['event']>['attendees']>[number];

function Group({
  title,
  people,
  ordered,
}: {
  title: string;
  people: Attendee[];
  ordered?: boolean;
}) {
  const { t } = useTranslation('events');
  const id = useId();
  const List = ordered ? 'ol' : 'ul';
  return (
    <Stack gap={4}>
      <Title order={3} size="h5" id={id}>
        {title} ({people.length})
      </Title>
      {people.length === 0 ? (
        <Text size="sm">{t('attendees.none')}</Text>
      ) : (
        <List aria-labelledby={id} style={{ margin: 0 }}>
          {people.map((a) => (
            <li key={a.member.id}>
              <Anchor component={Link} to={`/members/${a.member.handle}`}>
                {a.member.displayName}
              </Anchor>
            </li>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** For its organizer and moderators: who comes, who may, and who waits (in the API's order). */
export function AttendeeList({ attendees }: { attendees: Attendee[] }) {
  const { t } = useTranslation('events');
  const headingId = useId();
  const seated = attendees.filter((a) => a.status === 'GOING' && !a.waitlisted);
  const maybe = attendees.filter((a) => a.status === 'MAYBE');
  const waiting = attendees.filter((a) => a.status === 'GOING' && a.waitlisted);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('attendees.heading')}
      </Title>
      <Group title={t('attendees.seated')} people={seated} />
      <Group title={t('attendees.waiting')} people={waiting} ordered />
      <Group title={t('attendees.maybe')} people={maybe} />
    </Stack>
  );
}
