/**
 * A small Markdown-to-HTML converter for the printed guide: headings, paragraphs, lists, quotes,
 * emphasis, code and links. Everything is escaped first, so no HTML from a chapter reaches the
 * page, and links keep http(s) and site paths only (as the web app's renderer does).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function safeHref(url: string, origin: string): string | null {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/')) return `${origin}${url}`;
  return null;
}

/** Inline Markdown on already escaped text. */
function inline(escaped: string, origin: string): string {
  return escaped
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, label: string, url: string) => {
      const href = safeHref(url.replace(/&amp;/g, '&'), origin);
      return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, '$1<em>$2</em>');
}

/** `headingOffset` pushes headings down (a chapter's `#` prints as h3 under its title). */
export function markdownToHtml(markdown: string, origin: string, headingOffset = 2): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let quote: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(escapeHtml(paragraph.join(' ')), origin)}</p>`);
    paragraph = [];
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      out.push(
        `<${tag}>${list.items.map((i) => `<li>${inline(escapeHtml(i), origin)}</li>`).join('')}</${tag}>`,
      );
    }
    list = null;
    if (quote.length)
      out.push(`<blockquote><p>${inline(escapeHtml(quote.join(' ')), origin)}</p></blockquote>`);
    quote = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quoted = /^>\s?(.*)$/.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(`<h${level}>${inline(escapeHtml(heading[2]), origin)}</h${level}>`);
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph.length || quote.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (quoted) {
      if (paragraph.length || list) flush();
      quote.push(quoted[1]);
    } else if (list) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (quote.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}
