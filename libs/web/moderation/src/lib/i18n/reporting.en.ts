/** The report action and dialog: loaded with whichever page offers it. */
export const reportingEn = {
  button: 'Report',
  buttonLabel: {
    POST: 'Report this post by {{name}}',
    THREAD: 'Report this thread by {{name}}',
    MESSAGE: 'Report this message from {{name}}',
    MEMBER: 'Report {{name}}',
    PLACE: 'Report this place page',
  },
  title: {
    POST: 'Report a post',
    THREAD: 'Report a thread',
    MESSAGE: 'Report a message',
    MEMBER: 'Report a member',
    PLACE: 'Report a place page',
  },
  intro:
    'Moderators will read your report and decide what to do. The author is not told who reported them.',
  reason: 'Why are you reporting this?',
  reasonHelp: 'Between {{min}} and {{max}} characters: what is wrong, and where.',
  submit: 'Send the report',
  cancel: 'Cancel',
  close: 'Close',
  sent: 'Thank you: your report was sent to the moderators.',
  sentTitle: 'Report sent',
  required: 'Please say why you are reporting this.',
  tooShort: 'Please write at least {{min}} characters.',
  tooLong: 'Please write at most {{max}} characters.',
  errors: {
    CONFLICT: 'You already reported this; moderators will review it.',
    NOT_FOUND: 'This is no longer available: it may have been removed already.',
    RATE_LIMITED: 'You have sent many reports in a short time. Please try again later.',
    FORBIDDEN: 'Only active members can report.',
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    generic: 'The report could not be sent. Please try again.',
  },
};
