import { useQuery } from '@apollo/client/react';
import { Alert, Container, Loader, Stack, Text } from '@mantine/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { LiveRegion, LoadMoreButton, PageHeading } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipApplicationsQuery } from '../accounts.documents';
import { RequireMember } from '../session/require-member';
import { ApplicationCard } from './application-card';
import { type Decision, DecisionDialog } from './decision-dialog';
import { useDecide } from './use-decide.hook';

const PAGE_SIZE = 10;

interface Pending {
  decision: Decision;
  memberId: string;
  name: string;
}

function ModerationQueue() {
  const { t } = useTranslation('accounts');
  const { data, loading, error, fetchMore } = useQuery(membershipApplicationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const decide = useDecide();
  const [pending, setPending] = useState<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const applications = data?.membershipApplications.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.membershipApplications.pageInfo;

  const confirm = async (text: string) => {
    if (!pending) return;
    await decide(pending.decision, pending.memberId, text);
    setAnnouncement(
      t(pending.decision === 'approve' ? 'moderation.approved' : 'moderation.rejected', {
        name: pending.name,
      }),
    );
    setPending(null);
    // The card and its buttons are gone: give focus a stable place to land.
    document.querySelector<HTMLElement>('h1')?.focus();
  };

  return (
    <Stack gap="md">
      <PageHeading title={t('moderation.title')} />
      <Text>{t('moderation.intro')}</Text>
      <LiveRegion message={announcement} />
      {announcement ? (
        <Alert color="teal" variant="light" aria-hidden="true">
          {announcement}
        </Alert>
      ) : null}
      {error && !data ? <Alert color="red">{t('moderation.error')}</Alert> : null}
      {data && applications.length === 0 ? <Text>{t('moderation.empty')}</Text> : null}
      <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {applications.map((application) => (
          <li key={application.id}>
            <ApplicationCard
              application={application}
              onDecide={(decision) =>
                setPending({ decision, memberId: application.id, name: application.displayName })
              }
            />
          </li>
        ))}
      </Stack>
      {loading ? <Loader role="status" size="sm" aria-label={t('ui:loading')} /> : null}
      {pageInfo?.hasNextPage ? (
        <LoadMoreButton
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('moderation.loadMore')}
        </LoadMoreButton>
      ) : null}
      {pending ? (
        <DecisionDialog
          key={`${pending.memberId}-${pending.decision}`}
          decision={pending.decision}
          name={pending.name}
          opened
          onClose={() => setPending(null)}
          onConfirm={confirm}
        />
      ) : null}
    </Stack>
  );
}

/** The moderators' queue of PENDING applications, oldest first. */
export function ModerationQueuePage() {
  return (
    <Container size="md">
      <RequireMember minimumRole={MemberRole.MODERATOR}>{() => <ModerationQueue />}</RequireMember>
    </Container>
  );
}
