import { render } from '@testing-library/react';
import { Snippet, snippetParts } from './snippet';

describe('Snippet', () => {
  it('marks the words between the control characters', () => {
    const { container } = render(
      <p>
        <Snippet snippet={'How we \u0002mesurer\u0003 l’\u0002impact\u0003 social'} />
      </p>,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['mesurer', 'impact']);
    expect(container.textContent).toBe('How we mesurer l’impact social');
  });

  it('renders markup in a snippet as text, never as HTML', () => {
    const { container } = render(
      <p>
        <Snippet snippet={'<img src=x onerror=alert(1)> \u0002<b>bold</b>\u0003'} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<b>bold</b>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('survives a snippet cut inside a highlight', () => {
    expect(snippetParts('a \u0002b')).toEqual([
      { text: 'a ', highlighted: false },
      { text: 'b', highlighted: true },
    ]);
  });
});
