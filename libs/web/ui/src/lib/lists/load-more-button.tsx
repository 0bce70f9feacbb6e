import { Button } from '@mantine/core';
import { type ReactNode } from 'react';

export interface LoadMoreButtonProps {
  /** The next page is on its way: the button waits (keyset pages must not be asked twice). */
  loading: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** "Load more" under a keyset-paginated list, the same on every list page. */
export function LoadMoreButton({ loading, onClick, children }: LoadMoreButtonProps) {
  return (
    <Button
      variant="outline"
      disabled={loading}
      style={{ alignSelf: 'flex-start' }}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
