import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { lazy, Suspense } from 'react';

// Loaded after the first paint and only for ACTIVE members: visitors never download it, and
// the first load stays within its budget.
const LazyMessagingRuntime = lazy(() =>
  import('../runtime/messaging-runtime').then((m) => ({ default: m.MessagingRuntime })),
);

/** Mounted once in the app shell: the outbox and live updates work on every page. */
export function MessagingShell() {
  const { member } = useSession();
  if (member?.status !== MemberStatus.ACTIVE) return null;
  return (
    <Suspense fallback={null}>
      <LazyMessagingRuntime memberId={member.id} />
    </Suspense>
  );
}
