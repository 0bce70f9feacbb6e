/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent IRI (RFC 4287 §4.2.6): `urn:uuid:<id>`. */
  id: string;
  title: string;
  url: string;
  summary: string;
  published: Date;
  updated: Date;
  authorName: string;
  authorUrl: string | null;
  language: string;
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  language: string | null;
  updated: Date;
  entries: AtomEntry[];
}

/**
 * Text for XML 1.0: the five special characters escaped, and characters XML forbids (most C0
 * controls, lone surrogates, U+FFFE and U+FFFF) dropped, so any member's text stays well-formed.
 */
export function xmlText(value: string): string {
  return value
    .replace(
      // Matching control characters is the point: XML 1.0 forbids them.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${xmlText(text)}</${name}>`;

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', e.id)}`,
    `    ${element('title', e.title, ' type="text"')}`,
    `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}" hreflang="${xmlText(e.language)}"/>`,
    `    ${element('published', e.published.toISOString())}`,
    `    ${element('updated', e.updated.toISOString())}`,
    '    <author>',
    `      ${element('name', e.authorName)}`,
    ...(e.authorUrl ? [`      ${element('uri', e.authorUrl)}`] : []),
    '    </author>',
    ...e.categories.map((term) => `    <category term="${xmlText(term)}"/>`),
    `    ${element('summary', e.summary, ' type="text"')}`,
    '  </entry>',
  ].join('\n');
}

/** An Atom 1.0 document (RFC 4287): entries carry their summary and a link to the page. */
export function toAtom(feed: AtomFeed): string {
  const lang = feed.language ? ` xml:lang="${xmlText(feed.language)}"` : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, ' type="text"')}`,
    `  ${element('subtitle', feed.subtitle, ' type="text"')}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `  ${element('updated', feed.updated.toISOString())}`,
    `  ${element('generator', 'Wide Open')}`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
