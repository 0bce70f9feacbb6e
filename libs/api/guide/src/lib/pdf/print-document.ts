import { GUIDE_STAGES } from '@wide-open/shared/contracts';
import { GuideReferenceKind, type GuideReferenceObject } from '../dto/guide.objects';
import type { GuideChapterVersionEntity } from '../entities/guide-chapter-version.entity';
import type { GuideChapterEntity } from '../entities/guide-chapter.entity';
import { replaceReferences, referenceId } from '../references/references';
import { escapeHtml, markdownToHtml } from './print-markdown';
import { printTexts, type PrintLang } from './print-texts';

export interface PrintChapter {
  chapter: GuideChapterEntity;
  version: GuideChapterVersionEntity;
}

const CSS = `
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.5; color: #111; }
h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", Arial, sans-serif; line-height: 1.25; break-after: avoid; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover h1 { font-size: 32pt; margin: 0 0 8mm; }
.cover p { font-size: 14pt; margin: 0 0 4mm; }
nav { break-after: page; }
nav ol { padding-left: 0; list-style: none; }
nav li li { margin-left: 6mm; }
nav a { color: inherit; text-decoration: none; }
section.stage > h2 { font-size: 20pt; border-bottom: 2px solid #333; padding-bottom: 2mm; break-before: page; }
article { margin-bottom: 10mm; }
article h3.chapter { font-size: 16pt; }
.updated { color: #444; font-size: 9pt; }
.ref { font-style: italic; }
.ref .url { font-style: normal; font-size: 9pt; color: #333; word-break: break-all; }
a { color: #0b4f8a; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 4mm; color: #333; }
`;

function renderReference(
  ref: GuideReferenceObject | undefined,
  origin: string,
  lang: PrintLang,
): string {
  const t = printTexts[lang];
  if (!ref || !ref.available || !ref.path) return `<span class="ref">(${t.unavailable})</span>`;
  const url = `${origin}${ref.path}`;
  const where =
    ref.kind === GuideReferenceKind.LESSON
      ? ` — ${t.lessonAt} ${escapeHtml(ref.placeName ?? '')}`
      : '';
  return `<span class="ref">“${escapeHtml(ref.title ?? '')}”${where} <span class="url">(${escapeHtml(url)})</span></span>`;
}

/**
 * The whole published guide as one self-contained HTML page for Chromium to print: a title
 * page, a table of contents, then each stage and its chapters, references as text and address.
 * No script, no remote resource.
 */
export function printDocument(options: {
  lang: PrintLang;
  origin: string;
  chapters: PrintChapter[];
  references: Map<string, GuideReferenceObject>;
  updatedAt: Date | null;
}): string {
  const { lang, origin, chapters, references } = options;
  const t = printTexts[lang];
  const dateFormat = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const title = (c: PrintChapter) => (lang === 'fr' ? c.version.titleFr : c.version.titleEn);
  const body = (c: PrintChapter) => (lang === 'fr' ? c.version.bodyFr : c.version.bodyEn);
  const stages = GUIDE_STAGES.map((stage) => ({
    stage,
    chapters: chapters.filter((c) => c.chapter.stage === stage),
  })).filter((s) => s.chapters.length > 0);

  const toc = stages
    .map(
      (s) =>
        `<li><a href="#stage-${s.stage}">${escapeHtml(t.stages[s.stage])}</a><ol>${s.chapters
          .map((c) => `<li><a href="#${c.chapter.slug}">${escapeHtml(title(c))}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('');
  const sections = stages
    .map(
      (s) =>
        `<section class="stage" id="stage-${s.stage}"><h2>${escapeHtml(t.stages[s.stage])}</h2>${s.chapters
          .map((c) => {
            // Tokens become placeholders the Markdown converter leaves alone, then their text.
            const placeholders: string[] = [];
            const markdown = replaceReferences(body(c), (ref) => {
              placeholders.push(renderReference(references.get(referenceId(ref)), origin, lang));
              return `\uE000${placeholders.length - 1}\uE001`;
            });
            const html = markdownToHtml(markdown, origin).replace(
              /\uE000(\d+)\uE001/g,
              (_all, i: string) => placeholders[Number(i)],
            );
            const updated = c.chapter.publishedAt
              ? `<p class="updated">${escapeHtml(t.updated)} ${escapeHtml(dateFormat.format(c.chapter.publishedAt))}</p>`
              : '';
            return `<article id="${c.chapter.slug}"><h3 class="chapter">${escapeHtml(title(c))}</h3>${updated}${html}</article>`;
          })
          .join('')}</section>`,
    )
    .join('');
  const updated = options.updatedAt
    ? `<p>${escapeHtml(t.updated)} ${escapeHtml(dateFormat.format(options.updatedAt))}</p>`
    : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title>
<style>${CSS}</style></head>
<body>
<header class="cover"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.subtitle)}</p><p>Wide Open — ${escapeHtml(origin)}/guide</p>${updated}</header>
<nav aria-label="${escapeHtml(t.contents)}"><h2>${escapeHtml(t.contents)}</h2><ol>${toc}</ol></nav>
<main>${sections}</main>
</body></html>`;
}
