import { InputError } from '@vnpr/core';
import { Parser } from 'htmlparser2';

/** Deepest element nesting read; deeper pages are refused ('too-deep'): no article is nested this far. */
export const MAX_HTML_DEPTH = 1000;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'header',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'canvas',
  'object',
  'menu',
  'dialog',
  'head',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'figure',
  'figcaption',
  'address',
  'hr',
  'body',
  'caption',
]);

/** Class or id words of site chrome (menus, share bars, related links, comments). */
const CHROME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|footer|header|share|social|related|comments?|banner|advert|ads)(?:$|[\s_-])/i;

/** Roles of site chrome. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu']);

class ParagraphCollector {
  readonly paragraphs: string[] = [];
  private current = '';

  addText(text: string): void {
    this.current += text;
  }

  breakLine(): void {
    this.current += '\n';
  }

  endParagraph(): void {
    const text = this.current
      .split('\n')
      .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) this.paragraphs.push(text);
    this.current = '';
  }
}

/** Inside an article, a header holds its title: only page-level headers are chrome. */
const ARTICLE_HEADER = /(?:^|[\s_-])header(?:$|[\s_-])/i;

function isChrome(name: string, attribs: Record<string, string>, insideMain: boolean): boolean {
  const classAndId = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
  if (insideMain && (name === 'header' || ARTICLE_HEADER.test(classAndId))) return false;
  if (SKIPPED.has(name)) return true;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (attribs.role && CHROME_ROLES.has(attribs.role)) return true;
  return CHROME.test(classAndId);
}

/**
 * Extracts the article text of an HTML page: the content of `<article>` or `<main>` when there is
 * one, else of `<body>`, without scripts, styles, menus, headers, footers and other site chrome.
 * Paragraphs are separated by blank lines; the page `<title>` is the first line when the article
 * has no `<h1>`. Throws `InputError('too-deep')` for elements nested past {@link MAX_HTML_DEPTH}.
 * @example extractHtmlText('<nav>Trang chủ</nav><article><p>Một.</p><p>Hai.</p></article>') // 'Một.\n\nHai.'
 */
export function extractHtmlText(html: string): string {
  const all = new ParagraphCollector();
  const main = new ParagraphCollector();
  const stack: string[] = [];
  let skipDepth = -1;
  let mainDepth = -1;
  let titleDepth = -1;
  let title = '';
  let mainHasHeading = false;
  let bodyHasHeading = false;

  const endParagraph = () => {
    all.endParagraph();
    main.endParagraph();
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        const depth = stack.length;
        if (depth > MAX_HTML_DEPTH) {
          throw new InputError(
            'too-deep',
            `HTML nested more than ${MAX_HTML_DEPTH} elements deep (unclosed tags?): save the article as .txt or fix the page`,
          );
        }
        if (name === 'title' && titleDepth < 0) titleDepth = depth;
        if (skipDepth >= 0) return;
        if (isChrome(name, attribs, mainDepth >= 0)) {
          skipDepth = depth;
          return;
        }
        if ((name === 'article' || name === 'main' || attribs.role === 'main') && mainDepth < 0) {
          endParagraph();
          mainDepth = depth;
        }
        if (name === 'h1') {
          bodyHasHeading = true;
          if (mainDepth >= 0) mainHasHeading = true;
        }
        if (name === 'br') {
          all.breakLine();
          if (mainDepth >= 0) main.breakLine();
        } else if (BLOCKS.has(name)) {
          endParagraph();
        }
      },
      ontext(text) {
        if (titleDepth >= 0) {
          title += text;
          return;
        }
        if (skipDepth >= 0) return;
        all.addText(text);
        if (mainDepth >= 0) main.addText(text);
      },
      onclosetag(name) {
        const depth = stack.length;
        stack.pop();
        if (depth === titleDepth) titleDepth = -1;
        if (depth === skipDepth) {
          skipDepth = -1;
          return;
        }
        if (skipDepth >= 0) return;
        if (BLOCKS.has(name) || name === 'td' || name === 'th') endParagraph();
        if (depth === mainDepth) mainDepth = -2; // only the first article counts
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();

  const useMain = main.paragraphs.length > 0;
  const paragraphs = useMain ? main.paragraphs : all.paragraphs;
  const hasHeading = useMain ? mainHasHeading : bodyHasHeading;
  const pageTitle = title.replace(/\s+/g, ' ').trim();
  if (!hasHeading && pageTitle && paragraphs[0] !== pageTitle) paragraphs.unshift(pageTitle);
  return paragraphs.join('\n\n');
}
