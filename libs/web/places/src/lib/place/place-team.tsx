import { Anchor, Avatar, Group, Stack, Text } from '@mantine/core';
import { type PlaceDetailsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The team, founders first (the API's order), each linking to their profile. */
export function PlaceTeam({ team }: { team: PlaceDetailsFragment['team'] }) {
  const { t } = useTranslation('placePages');
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {team.map(({ member, role }) => (
        <Group component="li" key={member.id} gap="sm" wrap="nowrap">
          <Avatar
            src={member.avatarUrl ?? null}
            alt=""
            name={member.displayName}
            variant="filled"
            color="teal.9"
            radius="xl"
          />
          <div>
            <Anchor component={Link} to={`/members/${member.handle}`} fw={600}>
              {member.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`team.role.${role}`)}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  );
}
