import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type MemberCardFragment } from '@wide-open/web/data-access';
import { countryName } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberAvatar } from '../profile/member-avatar';
import { TagList } from '../tags/tag-list';

/** One member in the directory; the name is the link to the profile. */
export function MemberCard({ member }: { member: MemberCardFragment }) {
  const { t, i18n } = useTranslation('members');
  const where = [
    member.city,
    member.country ? countryName(member.country, i18n.resolvedLanguage ?? 'en') : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Card component="article" withBorder padding="md" h="100%">
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          {/* The name follows: the photo is decorative here (empty alt). */}
          <MemberAvatar url={member.avatarUrl} name={member.displayName} alt="" />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
              <Anchor component={Link} to={`/members/${member.handle}`} inherit>
                {member.displayName}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {t(`accounts:communityRole.${member.communityRole}`)}
              {where ? ` · ${where}` : ''}
            </Text>
          </Stack>
        </Group>
        {member.headline ? <Text size="sm">{member.headline}</Text> : null}
        {member.skills.length > 0 ? (
          <TagList tags={member.skills.slice(0, 6)} label={t('directory.skillsOf')} />
        ) : null}
      </Stack>
    </Card>
  );
}
