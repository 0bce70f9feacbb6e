import { lazy, Suspense } from 'react';

// The Markdown parser (react-markdown, micromark, remark-gfm) loads only where text is shown.
const MarkdownContent = lazy(() =>
  import('./markdown-content').then((m) => ({ default: m.MarkdownContent })),
);

/** Renders members' Markdown safely; shows the plain text while the parser loads. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="wo-markdown">
      <Suspense fallback={<p style={{ whiteSpace: 'pre-wrap' }}>{children}</p>}>
        <MarkdownContent>{children}</MarkdownContent>
      </Suspense>
    </div>
  );
}
