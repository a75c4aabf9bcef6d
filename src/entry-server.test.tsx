// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { documentHttpError } from '../mocks/handlers';
import { server } from '../mocks/node';
import { TEST_DATA_BASE_URL } from '../mocks/fixtures/dataset';
import { prerenderPage } from './entry-server';

const configJson = { dataBaseUrl: TEST_DATA_BASE_URL, defaultLanguage: 'sv' };

function documentsIn(page: Awaited<ReturnType<typeof prerenderPage>>): string[] {
  return page.state.queries.queries.map((query) => String(query.queryKey[2])).sort();
}

describe('prerenderPage', () => {
  it('renders a page with its data, in the default language, and keeps the documents it read', async () => {
    const page = await prerenderPage('/indicators/energy-use', configJson, new Date('2026-05-20T10:00:00Z'));
    expect(page.problem).toBeUndefined();
    expect(page.html).toMatch(/<h1[^>]*>Energianvändning<\/h1>/);
    expect(page.html).not.toContain('Laddar');
    expect(documentsIn(page)).toEqual(expect.arrayContaining(['indicators.json', 'meta.json', 'observations/energy-use.json']));
    expect(page.state).toMatchObject({ path: '/indicators/energy-use', dataBaseUrl: TEST_DATA_BASE_URL, renderedAt: '2026-05-20T10:00:00.000Z', configJson });
  });

  it('renders the English page under /en', async () => {
    const page = await prerenderPage('/en/indicators/energy-use', configJson);
    expect(page.html).toMatch(/<h1[^>]*>Energy use<\/h1>/);
  });

  it('draws an optional document that is missing as the browser does (no build report), and does not keep it', async () => {
    const page = await prerenderPage('/about', configJson);
    expect(page.problem).toBeUndefined();
    expect(documentsIn(page)).not.toContain('build-report.json');
  });

  it('does not write a page whose view would still be loading', async () => {
    server.use(documentHttpError('goals.json', 500));
    const page = await prerenderPage('/summary', configJson);
    expect(page.problem).toBe('a view is still loading');
  });

  it('leaves no stand-in origin in the markup', async () => {
    const page = await prerenderPage('/about', { defaultLanguage: 'sv', dataBaseUrl: 'data/v1/' }).catch((error: unknown) => error);
    // data/v1/ resolves against the stand-in origin; msw answers nothing there, so documents fail,
    // but whatever address the markup carries is root-relative.
    expect(typeof page === 'object' && page !== null && 'html' in page ? String(page.html) : '').not.toContain('prerender.invalid');
  });
});
