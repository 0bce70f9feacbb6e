// "Report", for the pages that offer it (posts, threads, messages, profiles, places). A separate
// entry from the moderators' pages: the app shell imports those (lazily) through the main entry,
// and anything the main entry exports statically would land in the first load.
export { ReportButton, type ReportButtonProps } from './lib/report/report-button';
export { ReportDialog, type ReportDialogProps } from './lib/report/report-dialog';
