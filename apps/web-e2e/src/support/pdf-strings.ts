import { inflateSync } from 'node:zlib';

/**
 * The `/Title` strings of a PDF: the document's title and its outline (bookmarks), which
 * Chromium writes from `<title>` and the headings (`--generate-pdf-document-outline`). PDF
 * strings are literal `(...)` with backslash escapes, or hex `<FEFF...>` in UTF-16BE; they may
 * sit in Flate-compressed object streams, which are inflated here. No PDF library needed.
 */
export function pdfTitles(pdf: Buffer): string[] {
  const sources = [pdf.toString('latin1'), ...inflatedStreams(pdf)];
  const titles: string[] = [];
  const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g;
  for (const source of sources)
    for (const match of source.matchAll(title)) titles.push(decodePdfString(match[1]));
  return titles;
}

function inflatedStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not Flate (images, fonts in other encodings): nothing to read there.
    }
    stream.lastIndex = end;
  }
  return out;
}

function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    return decodeBytes(bytes);
  }
  const body = token.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i];
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    if (next in escapes) bytes.push(escapes[next]);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === '\r' || next === '\n') continue;
    else bytes.push(next.charCodeAt(0) & 0xff);
  }
  return decodeBytes(Buffer.from(bytes));
}

/** UTF-16BE with its byte-order mark, else PDFDocEncoding (Latin-1 for what matters here). */
function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('latin1');
}
