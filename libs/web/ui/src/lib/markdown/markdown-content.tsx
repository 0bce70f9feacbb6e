import { type ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type AnchorProps = ComponentPropsWithoutRef<'a'> & { node?: unknown };
type ImageProps = ComponentPropsWithoutRef<'img'> & { node?: unknown };

/** Members' links: no ranking credit to spammers (nofollow ugc), no window.opener. */
function SafeLink({ node: _node, ...props }: AnchorProps) {
  return <a {...props} rel="nofollow ugc noopener" />;
}

/**
 * Images in members' text would load from any server and tell it who reads the page: they
 * become links to the image instead.
 */
function ImageAsLink({ node: _node, src, alt }: ImageProps) {
  return typeof src === 'string' ? (
    <a href={src} rel="nofollow ugc noopener">
      {alt || src}
    </a>
  ) : null;
}

// Members' headings sit under the page's own h1 and h2: they start at h3.
const components: Components = {
  a: SafeLink,
  img: ImageAsLink,
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h4 {...props} />,
  h3: ({ node: _node, ...props }) => <h5 {...props} />,
  h4: ({ node: _node, ...props }) => <h6 {...props} />,
};

/**
 * Markdown written by members: raw HTML is dropped (`skipHtml`), and react-markdown's default
 * URL filter removes `javascript:` and other unsafe protocols.
 */
export function MarkdownContent({ children }: { children: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
      {children}
    </ReactMarkdown>
  );
}
