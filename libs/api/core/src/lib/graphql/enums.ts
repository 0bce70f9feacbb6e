import { registerEnumType } from '@nestjs/graphql';
import {
  Challenge,
  CommunityRole,
  MemberRole,
  MemberStatus,
  PlaceKind,
  PlaceStatus,
  PlaceTeamRole,
  Sector,
  TagKind,
} from '@wide-open/shared/contracts';

// The shared enums, registered once under their contract names.
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'AMBASSADOR runs events and writes stories; MODERATOR reviews; ADMIN grants roles.',
});
registerEnumType(CommunityRole, {
  name: 'CommunityRole',
  description: 'Who a member is in the field.',
});
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(PlaceKind, { name: 'PlaceKind' });
registerEnumType(PlaceStatus, { name: 'PlaceStatus' });
registerEnumType(Challenge, { name: 'Challenge' });
registerEnumType(PlaceTeamRole, {
  name: 'PlaceTeamRole',
  description: 'FOUNDER and STAFF manage the place.',
});
registerEnumType(TagKind, { name: 'TagKind' });

export {
  Challenge,
  CommunityRole,
  MemberRole,
  MemberStatus,
  PlaceKind,
  PlaceStatus,
  PlaceTeamRole,
  Sector,
  TagKind,
};
