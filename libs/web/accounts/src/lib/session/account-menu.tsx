import { Button, Group, Text } from '@mantine/core';
import { useSession, useSignOut } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/**
 * Right side of the header: sign in / apply for visitors; the member's first name and a
 * sign-out button for members (a plain button rather than a dropdown: one less popover on the
 * first load, and one less step for keyboard and touch users).
 */
export function AccountMenu() {
  const { t } = useTranslation('accounts');
  const { member, loading } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (loading) return null;
  if (!member) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to="/sign-in" variant="subtle" size="compact-md">
          {t('nav.signIn')}
        </Button>
        <Button component={Link} to="/sign-up" size="compact-md" visibleFrom="xs">
          {t('nav.signUp')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      {/* From 1408 px only: at 1280 the header's nine entries need its room (in French too). */}
      <Text size="sm" fw={600} visibleFrom="xl" data-testid="signed-in-as">
        {member.displayName}
      </Text>
      <Button
        variant="outline"
        size="compact-md"
        onClick={() => {
          void signOut().then(() => navigate('/sign-in'));
        }}
      >
        {t('nav.signOut')}
      </Button>
    </Group>
  );
}
