import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { type NavItem } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { usePendingCount } from '../moderation/use-pending-count.hook';
import { isModerator } from './require-member';

/** The navigation fits the viewer: visitors, applicants, members and moderators differ. */
export function useAccountNav(): NavItem[] {
  const { t } = useTranslation('accounts');
  const { member } = useSession();
  const pendingCount = usePendingCount();
  const items: NavItem[] = [
    { to: '/', label: t('nav.home') },
    { to: '/places', label: t('nav.places') },
    { to: '/challenges', label: t('nav.challenges') },
    { to: '/discussions', label: t('nav.discussions') },
  ];
  // The directory is for ACTIVE members only (the API refuses others).
  if (member?.status === MemberStatus.ACTIVE)
    items.push({ to: '/members', label: t('nav.members') });
  if (member?.status === MemberStatus.ACTIVE) items.push({ to: '/app', label: t('nav.app') });
  else if (member) items.push({ to: '/application', label: t('nav.application') });
  // Members find it in their space and profile editor; the wide header has no room left.
  if (member) {
    const phoneOnly = member.status === MemberStatus.ACTIVE;
    items.push({ to: '/settings/data', label: t('nav.myData'), phoneOnly });
  }
  if (isModerator(member)) {
    items.push({
      to: '/moderation',
      label: t('nav.moderation'),
      badge: pendingCount ?? undefined,
      badgeLabel: t('nav.pendingBadge', { count: pendingCount ?? 0 }),
    });
  }
  return items;
}
