import { type SessionRoles, useSessionRoles } from '@wide-open/web/data-access';

/**
 * What the signed-in reader may do with the journal: follow and comment (`active`), write
 * stories (`ambassador`), see and edit every draft (`moderator`). The API checks it again.
 */
export type JournalViewer = SessionRoles;
export const useJournalViewer = useSessionRoles;
