import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorCode, PlaceTeamRole } from '@wide-open/shared/contracts';
import { errorCode, type PlaceDetailsFragment } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removePlaceTeamMemberMutation, setPlaceTeamMemberMutation } from '../place.documents';

/** Founders, staff and moderators add members by handle with a role, or remove them. */
export function TeamManager({
  place,
  onChanged,
}: {
  place: PlaceDetailsFragment;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation('placePages');
  const [handle, setHandle] = useState('');
  const [role, setRole] = useState<PlaceTeamRole>(PlaceTeamRole.VOLUNTEER);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [setMember, { loading: adding }] = useMutation(setPlaceTeamMemberMutation);
  const [removeMember] = useMutation(removePlaceTeamMemberMutation);

  const explain = (failure: unknown) => {
    const code = errorCode(failure);
    return code === ErrorCode.NOT_FOUND
      ? t('team.notFound')
      : code === ErrorCode.CONFLICT
        ? t('team.lastFounder')
        : t('team.failed');
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wanted = handle.trim().replace(/^@/, '');
    if (!wanted) return;
    setError(null);
    try {
      await setMember({ variables: { placeId: place.id, handle: wanted, role } });
      await onChanged();
      setHandle('');
      setStatus(t('team.added', { handle: wanted }));
    } catch (failure) {
      setError(explain(failure));
    }
  };

  const remove = async (memberId: string, name: string) => {
    setError(null);
    try {
      await removeMember({ variables: { placeId: place.id, memberId } });
      await onChanged();
      setStatus(t('team.removed', { name }));
    } catch (failure) {
      setError(explain(failure));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="team-manage-heading" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-manage-heading">
          {t('team.manage')}
        </Title>
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {place.team.map(({ member, role: memberRole }) => (
            <Group component="li" key={member.id} justify="space-between" wrap="wrap">
              <Text>
                {member.displayName} (@{member.handle}) · {t(`team.role.${memberRole}`)}
              </Text>
              <Button
                variant="outline"
                color="red.9"
                size="compact-sm"
                onClick={() => void remove(member.id, member.displayName)}
              >
                {t('team.remove', { name: member.displayName })}
              </Button>
            </Group>
          ))}
        </Stack>
        <form onSubmit={(event) => void add(event)} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              id="team-handle"
              label={t('team.handle')}
              description={t('team.handleHelp')}
              autoCapitalize="none"
              spellCheck={false}
              value={handle}
              onChange={(e) => setHandle(e.currentTarget.value)}
              error={error}
            />
            <NativeSelect
              id="team-role"
              label={t('team.roleLabel')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as PlaceTeamRole)}
              data={Object.values(PlaceTeamRole).map((r) => ({
                value: r,
                label: t(`team.role.${r}`),
              }))}
            />
            <Button type="submit" variant="outline" loading={adding}>
              {t('team.add')}
            </Button>
          </Group>
        </form>
        <LiveRegion message={status} />
      </Stack>
    </Card>
  );
}
