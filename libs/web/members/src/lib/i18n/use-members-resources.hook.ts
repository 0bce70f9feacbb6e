import { useResourceBundle } from '@wide-open/web/data-access';
import { membersEn } from './members.en';
import { membersFr } from './members.fr';

/** The members' pages load their texts with their own chunk. */
export function useMembersResources(): void {
  useResourceBundle('members', { en: membersEn, fr: membersFr });
}
