import { markdownToHtml } from './print-markdown';

const origin = 'https://wide-open.example';

describe('markdownToHtml (print)', () => {
  it('renders headings, lists, quotes and emphasis', () => {
    const html = markdownToHtml(
      '# Start\n\nSome **bold** and *soft* text\n\n- one\n- two\n\n> said',
      origin,
    );
    expect(html).toContain('<h3>Start</h3>');
    expect(html).toContain('<p>Some <strong>bold</strong> and <em>soft</em> text</p>');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<blockquote><p>said</p></blockquote>');
  });

  it('escapes HTML and keeps only web links', () => {
    const html = markdownToHtml(
      '<script>alert(1)</script> [x](javascript:alert(1)) [y](/places/ponyride) [z](https://a.example)',
      origin,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(`<a href="${origin}/places/ponyride">y</a>`);
    expect(html).toContain('<a href="https://a.example">z</a>');
  });
});
