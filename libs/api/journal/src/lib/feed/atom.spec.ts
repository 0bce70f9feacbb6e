import { JSDOM } from 'jsdom';
import { toAtom, xmlText } from './atom';

const parse = (xml: string) =>
  new new JSDOM().window.DOMParser().parseFromString(xml, 'application/xml');

describe('Atom feed', () => {
  const entry = {
    id: 'urn:uuid:0190a8c4-0000-7000-8000-000000000001',
    title: 'Rent, <script>alert(1)</script> & “the commons”',
    url: 'https://wide-open.example/journal/rent?x=1&y=2',
    summary: 'Line one\nLine two \u0007with a bell',
    published: new Date('2026-03-01T10:00:00Z'),
    updated: new Date('2026-03-02T10:00:00Z'),
    authorName: 'Marco "the filmmaker" Reyes',
    authorUrl: 'https://wide-open.example/members/marco',
    language: 'en',
    categories: ['BUSINESS_MODEL'],
  };
  const feed = {
    id: 'https://wide-open.example/journal',
    title: 'Wide Open: research journal',
    subtitle: 'Stories from the tour',
    selfUrl: 'https://wide-open.example/journal/feed.atom',
    pageUrl: 'https://wide-open.example/journal',
    language: 'en',
    updated: new Date('2026-03-02T10:00:00Z'),
    entries: [entry],
  };

  it('is well-formed Atom whose texts read back exactly as written', () => {
    const doc = parse(toAtom(feed));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const [parsed] = Array.from(doc.getElementsByTagName('entry'));
    expect(parsed.getElementsByTagName('title')[0].textContent).toBe(entry.title);
    expect(parsed.getElementsByTagName('link')[0].getAttribute('href')).toBe(entry.url);
    expect(parsed.getElementsByTagName('name')[0].textContent).toBe(entry.authorName);
    expect(parsed.getElementsByTagName('summary')[0].textContent).toBe(
      'Line one\nLine two with a bell',
    );
    expect(parsed.getElementsByTagName('published')[0].textContent).toBe(
      '2026-03-01T10:00:00.000Z',
    );
  });

  it('escapes markup and drops what XML 1.0 forbids', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(xmlText('a\u0000b\uD800c\uFFFFd😀')).toBe('abcd😀');
  });
});
