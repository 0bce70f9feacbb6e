const START = '\u0002';
const END = '\u0003';

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

/**
 * The API marks matched words with control characters (never HTML): split on them. Unbalanced
 * marks simply toggle, so a cut-off snippet still renders.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, highlighted });
    text = '';
  };
  for (const char of snippet) {
    if (char === START || char === END) {
      flush();
      highlighted = char === START;
    } else text += char;
  }
  flush();
  return parts;
}

/** A search snippet with its matches in <mark>; everything is text, nothing is parsed as HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, index) =>
        part.highlighted ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
