/**
 * The HTML step of the prerender (scripts/prerender.ts): turns the app shell (dist/app-shell.html)
 * and a rendered page into the page's index.html. It works on parsed documents
 * (node-html-parser), not on regular expressions over text, so attribute order, quoting or
 * whitespace in Vite's or React's output cannot make a rewrite miss or hit the wrong element.
 * Markup it does not change is written back as it came (the parser keeps raw text and
 * attributes), so a page hydrates against the markup React produced.
 */
import { createHash } from 'node:crypto';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { documentTitle } from '../src/core/document-title';
import { escapeXml } from '../src/core/escape-xml';
import { PHONE_ROOT_ID } from '../src/core/page-ids';

/** The file that holds the prerendered pages' inline styles as rules (see `moveInlineStyles`). */
export const PRERENDER_STYLESHEET = 'prerender-styles.css';

// Comments stay: React separates adjacent text with `<!-- -->`, which hydration relies on.
const PARSE_OPTIONS = { comment: true } as const;

function parseHtml(html: string): HTMLElement {
  return parse(html, PARSE_OPTIONS);
}

/** An element built from attribute values (escaped here) and optional raw text content. */
function element(tagName: string, attributes: Record<string, string | true>, rawText?: string): HTMLElement {
  const raw = Object.entries(attributes)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeXml(value)}"`))
    .join(' ');
  const built = new HTMLElement(tagName, {}, raw, null, [0, 0]);
  if (rawText !== undefined) built.appendChild(new TextNode(rawText, built));
  return built;
}

function required(root: HTMLElement, selector: string, what: string): HTMLElement {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`app-shell.html has no ${what}`);
  return found;
}

/** Removes an element and the whitespace after it, so no blank line is left where it was. */
function removeWithSpace(node: HTMLElement): void {
  const next = node.nextSibling;
  if (next instanceof TextNode && next.isWhitespace) next.remove();
  node.remove();
}

/**
 * Appends elements just before `parent`'s closing tag, laid out as the text rewrite of the shell
 * always did: two spaces, the elements one a line, a line break before the closing tag.
 */
function appendLines(parent: HTMLElement, nodes: Node[]): void {
  if (nodes.length === 0) return;
  parent.appendChild(new TextNode('  ', parent));
  nodes.forEach((node, index) => {
    if (index > 0) parent.appendChild(new TextNode('\n    ', parent));
    parent.appendChild(node);
  });
  parent.appendChild(new TextNode('\n  ', parent));
}

/**
 * A page whose layout differs on phones carries both markups: the phone's in #root-phone, just
 * before #root. The stylesheet shows the one that fits from the first paint; the browser then
 * hydrates that one and removes the other (`choosePageRoot`). Without #root-phone (removed, or a
 * page with one markup) #root shows as always.
 */
export function phoneRootRules(phoneQuery: string): string {
  return `#${PHONE_ROOT_ID}{display:none}@media ${phoneQuery}{#${PHONE_ROOT_ID}{display:block}#${PHONE_ROOT_ID}+#root{display:none}}`;
}

/**
 * The Content-Security-Policy (`style-src 'self'`, docs/deploy.md) blocks `style` attributes in
 * served HTML, though React may set the same styles from script. So each distinct inline style
 * becomes a rule in one stylesheet, `[data-prerender-style="<hash>"]{… !important}` (as strong
 * as the attribute was), and the element carries the hash instead, in the attribute's place.
 * `rules` collects them.
 */
export function moveInlineStyles(html: string, rules: Map<string, string>): string {
  const root = parseHtml(html);
  for (const styled of root.querySelectorAll('[style]')) {
    const declarations = styled.getAttribute('style') ?? '';
    // A value that could close the rule or the stylesheet's <style> stays an attribute.
    if (/[{}<\\]/.test(declarations)) continue;
    const id = createHash('sha256').update(declarations).digest('hex').slice(0, 10);
    const important = declarations
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => `${declaration} !important`)
      .join(';');
    rules.set(id, `[data-prerender-style="${id}"]{${important}}`);
    // Raw (still escaped) values, in their order: only the style attribute changes.
    const attributes = Object.entries(styled.rawAttributes).map(([name, value]) =>
      name === 'style' ? (['data-prerender-style', id] as const) : ([name, value] as const),
    );
    styled.setAttributes(Object.fromEntries(attributes));
  }
  return root.toString();
}

/** The page title as PageHeading sets it in the browser: "<h1> – <product>", from the rendered h1. */
export function pageTitle(html: string, productName: string): string {
  const heading = parseHtml(html).querySelector('h1');
  return documentTitle(heading?.text.trim() ?? '', productName);
}

/** What the shell needs from the build: the deployment's base path and the product's name. */
export function shellFacts(template: string): { base: string; productName: string } {
  const shell = parseHtml(template);
  // The base path, as Vite wrote it before the entry script ("/" or "/dashboard/").
  const entrySrc = shell.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
  const assets = entrySrc.indexOf('assets/');
  return { base: assets >= 0 ? entrySrc.slice(0, assets) : '/', productName: shell.querySelector('title')?.text ?? '' };
}

export interface PageParts {
  html: string;
  /** The phone's markup, when it differs: written before the root in #root-phone (see phoneRootRules). */
  phoneHtml?: string;
  /** Modules the page needs at once besides the entry's (the prerender seed), requested with it. */
  modules?: string[];
  stateJson: string;
  stateId: string;
  title: string;
  language: string;
  stylesheets: string[];
  base: string;
}

/**
 * The shell's script tags replaced by boot.js, which requests them once the page has painted.
 * Data preloads other than config.json go: the page carries its data.
 */
function deferScripts(shell: HTMLElement, base: string, extraModules: string[]): void {
  const head = required(shell, 'head', '<head>');
  const entry = required(head, 'script[type="module"][src]', 'entry script');
  const modules = head.querySelectorAll('link[rel="modulepreload"]');
  const preloads = head.querySelectorAll('link[rel="preload"][as="fetch"]');
  const config = preloads.map((link) => link.getAttribute('href') ?? '').filter((href) => href.endsWith('/config.json'));
  const boot = element('script', {
    src: `${base}boot.js`,
    'data-entry': entry.getAttribute('src') ?? '',
    'data-modules': [...modules.map((link) => link.getAttribute('href') ?? ''), ...extraModules].join(' '),
    'data-fetch': config.join(' '),
    defer: true,
  });
  for (const removed of [entry, ...modules, ...preloads]) removeWithSpace(removed);
  appendLines(head, [boot]);
}

/** The shell index.html with the page filled in. */
export function fillTemplate(template: string, page: PageParts): string {
  const shell = parseHtml(template);
  deferScripts(
    shell,
    page.base,
    (page.modules ?? []).map((file) => `${page.base}${file}`),
  );
  required(shell, 'html', '<html>').setAttribute('lang', escapeXml(page.language));
  const title = required(shell, 'title', '<title>');
  title.set_content(new TextNode(escapeXml(page.title), title));
  appendLines(
    required(shell, 'head', '<head>'),
    page.stylesheets.map((href) => element('link', { rel: 'stylesheet', crossorigin: true, href: `${page.base}${href}` })),
  );
  const root = required(shell, '#root', '<div id="root">');
  root.set_content(page.html, PARSE_OPTIONS);
  if (page.phoneHtml !== undefined) {
    const phone = element('div', { id: PHONE_ROOT_ID });
    phone.set_content(page.phoneHtml, PARSE_OPTIONS);
    root.before(phone);
  }
  appendLines(required(shell, 'body', '<body>'), [element('script', { id: page.stateId, type: 'application/json' }, page.stateJson)]);
  return shell.toString();
}
