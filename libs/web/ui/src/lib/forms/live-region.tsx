import { VisuallyHidden } from '@mantine/core';

/**
 * A polite live region: screen readers read `message` when it changes, without moving focus.
 * Keep it mounted and change its text, since regions added together with their text are
 * often not announced.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
