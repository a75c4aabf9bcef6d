import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, moveInlineStyles, pageTitle, phoneRootRules, type PageParts } from './prerender-html';
import { lazyModuleFiles, listRoutes, routeStylesheets } from './prerender-routes';
import { resolveStaticPath } from './static-host';

const SHELL = `<!doctype html>
<html lang="sv">
  <head>
    <link rel="preload" href="/config.json" as="fetch" crossorigin="anonymous">
    <link rel="preload" href="/data/v1/meta.json" as="fetch" crossorigin="anonymous">
    <title>Monitor</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('prerender', () => {
  it('lists every page in each language form, parametrised pages from the data', () => {
    const routes = listRoutes(['heat'], ['north']).map((route) => route.path);
    expect(routes).toEqual(
      expect.arrayContaining(['/', '/summary', '/indicators/heat', '/embed/indicators/heat', '/areas/north', '/en', '/en/areas/north', '/sv/map']),
    );
    expect(routes).toHaveLength(3 * (6 + 3));
  });

  it("collects a route module's stylesheets through its static imports, not the entry's", () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', css: ['assets/index.css'] },
      'src/app/routes/area.tsx': { file: 'assets/area.js', css: ['assets/area.css'], imports: ['index.html', '_outline.js'] },
      '_outline.js': { file: 'assets/outline.js', css: ['assets/outline.css'], imports: ['src/app/routes/area.tsx'] },
    };
    expect(routeStylesheets(manifest, 'src/app/routes/area.tsx')).toEqual(['assets/area.css', 'assets/outline.css']);
  });

  it("lists a route module's chunks that the entry does not bring, to request them with the entry", () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', imports: ['_react.js'] },
      '_react.js': { file: 'assets/react.js' },
      'src/app/routes/area.tsx': { file: 'assets/area.js', imports: ['index.html', '_react.js', '_outline.js'] },
      '_outline.js': { file: 'assets/outline.js', imports: ['src/app/routes/area.tsx'] },
    };
    expect(lazyModuleFiles(manifest, 'src/app/routes/area.tsx')).toEqual(['assets/area.js', 'assets/outline.js']);
  });

  it('writes a phone markup that differs before the root, and the rules that show the one that fits', () => {
    const wide: PageParts = { html: '<h1>Wide</h1>', stateJson: '{}', stateId: 'prerender-state', title: 'T', language: 'sv', stylesheets: [], base: '/' };
    const html = fillTemplate(SHELL, { ...wide, phoneHtml: '<h1>Phone</h1>' });
    expect(html).toContain('<div id="root-phone"><h1>Phone</h1></div><div id="root"><h1>Wide</h1></div>');
    expect(fillTemplate(SHELL, wide)).not.toContain('root-phone');
    expect(phoneRootRules('(max-width: 47.99rem)')).toBe(
      '#root-phone{display:none}@media (max-width: 47.99rem){#root-phone{display:block}#root-phone+#root{display:none}}',
    );
  });

  it('names the page after its h1, as the browser does', () => {
    expect(pageTitle('<h1 id="main-heading" class="page-heading">Energi &amp; <span>värme</span></h1>', 'Monitor')).toBe('Energi & värme – Monitor');
    expect(pageTitle('<h1>Monitor</h1>', 'Monitor')).toBe('Monitor');
    expect(pageTitle('<p>no heading</p>', 'Monitor')).toBe('Monitor');
  });

  it('fills the shell: markup, state, language, escaped title, stylesheets, and scripts started by boot.js after the first paint', () => {
    const html = fillTemplate(SHELL, {
      html: '<h1>Om</h1>',
      stateJson: '{"path":"/en/about"}',
      stateId: 'prerender-state',
      title: 'A <b> & "c"',
      language: 'en',
      stylesheets: ['assets/about.css'],
      base: '/',
    });
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(html).toContain('<div id="root"><h1>Om</h1></div>');
    expect(html).toContain('<script id="prerender-state" type="application/json">{"path":"/en/about"}</script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/about.css">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-3.css">');
    expect(html).not.toMatch(/<script type="module"|modulepreload|meta\.json/);
    expect(html).toContain(
      '<script src="/boot.js" data-entry="/assets/index-1.js" data-modules="/assets/react-2.js" data-fetch="/config.json" defer></script>',
    );
  });
});

describe('inline styles of prerendered pages', () => {
  it('become one rule each, as strong as the attribute, so the CSP blocks nothing', () => {
    const rules = new Map<string, string>();
    const html = moveInlineStyles('<div style="display:contents"><p style="height:360px;min-width:2px">x</p><i style="display:contents"></i></div>', rules);
    expect(html).not.toMatch(/ style=/);
    expect(rules.size).toBe(2);
    const [contents, box] = [...rules.values()];
    expect(contents).toMatch(/^\[data-prerender-style="[0-9a-f]{10}"\]\{display:contents !important\}$/);
    expect(box).toContain('{height:360px !important;min-width:2px !important}');
    expect(html.match(/data-prerender-style="([0-9a-f]+)"/g)).toHaveLength(3);
  });

  it('are left alone when they could break out of a rule', () => {
    const rules = new Map<string, string>();
    expect(moveInlineStyles('<p style="color:red}body{display:none">x</p>', rules)).toMatch(/ style=/);
    expect(rules.size).toBe(0);
  });
});

describe('static host', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-host-'));
  for (const file of ['index.html', 'app-shell.html', 'about/index.html', 'data/v1/meta.json']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }

  it('answers a file, a prerendered page, or the app shell', () => {
    expect(resolveStaticPath(root, '/data/v1/meta.json')).toBe(join(root, 'data/v1/meta.json'));
    expect(resolveStaticPath(root, '/about')).toBe(join(root, 'about/index.html'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/indicators/unknown')).toBe(join(root, 'app-shell.html'));
    expect(resolveStaticPath(root, '/../../etc/passwd')).toBe(join(root, 'app-shell.html'));
  });

  it('answers every page with the shell when the pages are not to be used', () => {
    expect(resolveStaticPath(root, '/about', { prerendered: false })).toBe(join(root, 'app-shell.html'));
    expect(resolveStaticPath(root, '/', { prerendered: false })).toBe(join(root, 'app-shell.html'));
    expect(resolveStaticPath(root, '/data/v1/meta.json', { prerendered: false })).toBe(join(root, 'data/v1/meta.json'));
  });
});
