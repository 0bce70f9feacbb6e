import { type ApolloCache, isReference, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import {
  approveMemberMutation,
  pendingApplicationsCountQuery,
  rejectMemberMutation,
} from '../accounts.documents';
import { type Decision } from './decision-dialog';

interface CachedConnection {
  edges?: { node: Reference }[];
}

function removeApplication(cache: ApolloCache, memberId: string): void {
  cache.modify<{ membershipApplications: CachedConnection }>({
    fields: {
      membershipApplications(existing, { readField }) {
        if (isReference(existing) || !existing.edges) return existing;
        return {
          ...existing,
          edges: existing.edges.filter((edge) => readField('id', edge.node) !== memberId),
        };
      },
    },
  });
}

/**
 * Saves a decision, then drops the application from the cached queue (every loaded page) and
 * refreshes the badge. Rejects with a message a moderator can read.
 */
export function useDecide(): (decision: Decision, memberId: string, text: string) => Promise<void> {
  const { t } = useTranslation('accounts');
  const [approve] = useMutation(approveMemberMutation);
  const [reject] = useMutation(rejectMemberMutation);
  const options = (memberId: string) => ({
    refetchQueries: [pendingApplicationsCountQuery],
    update: (cache: ApolloCache) => removeApplication(cache, memberId),
  });

  return async (decision, memberId, text) => {
    try {
      if (decision === 'approve') {
        await approve({ variables: { memberId, message: text || null }, ...options(memberId) });
      } else {
        await reject({ variables: { memberId, reason: text }, ...options(memberId) });
      }
    } catch (error) {
      const code = errorCode(error);
      throw new Error(
        code === ErrorCode.CONFLICT || code === ErrorCode.NOT_FOUND
          ? t('moderation.alreadyDecided')
          : t('moderation.decisionFailed'),
      );
    }
  };
}
