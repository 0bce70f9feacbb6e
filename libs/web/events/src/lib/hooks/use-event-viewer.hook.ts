import { type SessionRoles, useSessionRoles } from '@wide-open/web/data-access';

/**
 * What the signed-in reader may do with events: answer whether they come (`active`), create
 * events (`ambassador`). The API checks it again.
 */
export type EventViewer = SessionRoles;
export const useEventViewer = useSessionRoles;
