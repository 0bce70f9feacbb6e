import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type RsvpStatus } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { eventQuery, rsvpMutation } from '../events.documents';
import { useEventViewer } from '../hooks/use-event-viewer.hook';

export interface RsvpAnswer {
  status: RsvpStatus;
  waitlisted: boolean;
}

export interface RsvpControlProps {
  eventId: string;
  answer: RsvpAnswer | null;
  /** Cancelled or over: no more answers. */
  closed: boolean;
}

const choices: readonly RsvpStatus[] = ['GOING', 'MAYBE', 'NOT_GOING'];

function answerKey(answer: RsvpAnswer | null) {
  if (!answer) return 'rsvp.noAnswer' as const;
  if (answer.waitlisted) return 'rsvp.waitlisted' as const;
  switch (answer.status) {
    case 'GOING':
      return 'rsvp.youAreGoing' as const;
    case 'MAYBE':
      return 'rsvp.youMaybe' as const;
    case 'NOT_GOING':
      return 'rsvp.youAreNotGoing' as const;
  }
}

const choiceLabel: Record<RsvpStatus, 'rsvp.going' | 'rsvp.maybe' | 'rsvp.notGoing'> = {
  GOING: 'rsvp.going',
  MAYBE: 'rsvp.maybe',
  NOT_GOING: 'rsvp.notGoing',
};

/**
 * Going / Maybe / Not going for ACTIVE members (the chosen one is pressed); a full event puts
 * GOING on the waiting list. Each answer is announced politely; visitors are asked to sign in.
 */
export function RsvpControl({ eventId, answer, closed }: RsvpControlProps) {
  const { t } = useTranslation('events');
  const viewer = useEventViewer();
  const location = useLocation();
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState(false);
  const [answerRsvp, { loading }] = useMutation(rsvpMutation, {
    refetchQueries: [{ query: eventQuery, variables: { id: eventId } }],
    awaitRefetchQueries: true,
  });

  const choose = async (status: RsvpStatus) => {
    setFailed(false);
    try {
      const result = await answerRsvp({ variables: { eventId, status } });
      if (result.data) setAnnouncement(t(answerKey(result.data.rsvp)));
    } catch {
      setFailed(true);
      setAnnouncement(t('rsvp.failed'));
    }
  };

  let body;
  if (viewer.loading) body = null;
  else if (!viewer.member) {
    const next = encodeURIComponent(location.pathname);
    body = (
      <Stack gap="xs">
        <Text>{t('rsvp.signInPrompt')}</Text>
        <Group gap="md">
          <Button component={Link} to={`/sign-in?next=${next}`}>
            {t('rsvp.signIn')}
          </Button>
          <Anchor component={Link} to="/sign-up">
            {t('rsvp.apply')}
          </Anchor>
        </Group>
      </Stack>
    );
  } else if (!viewer.active) body = <Text>{t('rsvp.applicant')}</Text>;
  else if (closed) body = <Text>{t('rsvp.closed')}</Text>;
  else
    body = (
      <Stack gap="xs">
        <Group gap="xs" role="group" aria-label={t('rsvp.choices')}>
          {choices.map((status) => {
            const pressed = answer?.status === status;
            return (
              <Button
                key={status}
                variant={pressed ? 'filled' : 'outline'}
                aria-pressed={pressed}
                disabled={loading}
                onClick={() => void choose(status)}
              >
                {t(choiceLabel[status])}
              </Button>
            );
          })}
        </Group>
        <Text fw={answer?.waitlisted ? 700 : undefined}>{t(answerKey(answer))}</Text>
        {answer?.waitlisted ? <Text size="sm">{t('rsvp.waitlistedHelp')}</Text> : null}
        {failed ? <Alert color="red">{t('rsvp.failed')}</Alert> : null}
      </Stack>
    );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {t('rsvp.heading')}
      </Title>
      {body}
      <LiveRegion message={announcement} />
    </Stack>
  );
}
