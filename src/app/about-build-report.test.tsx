import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { buildReportHandler, createBuildReportFixture } from '../../mocks/fixtures/live-sources';
import { server } from '../../mocks/node';
import { renderApp } from '../../tests/render';

/** The list item of a source (a link, or plain text when the source has no URL). */
function sourceItem(name: string) {
  return screen.findByText((_, element) => element?.tagName === 'LI' && (element.textContent ?? '').startsWith(name), undefined, { timeout: 5000 });
}

test('the about page says when each source was last read, from build-report.json', async () => {
  server.use(buildReportHandler());
  renderApp('/about');
  const energy = await sourceItem('Testkällan energi');
  expect(await within(energy).findByText('20 maj 2026')).toBeInTheDocument();
  expect(energy).toHaveTextContent('Testkällan energi – senast läst 20 maj 2026');
  // solar-power's source failed at the last update (--keep-going): said, not hidden.
  expect(await sourceItem('Testkällan sol')).toHaveTextContent('Testkällan sol – kunde inte läsas vid senaste uppdateringen, som gjordes 20 maj 2026');
  // A source the report does not mention is listed without a date.
  expect(await sourceItem('Testkällan resor')).toHaveTextContent(/^Testkällan resor$/);
});

test('in English', async () => {
  server.use(buildReportHandler());
  renderApp('/en/about');
  const energy = await sourceItem('Testkällan energi');
  expect(await within(energy).findByText('20 May 2026')).toBeInTheDocument();
  expect(energy).toHaveTextContent('Testkällan energi – last read 20 May 2026');
});

test('without a build report (404) the sources are listed without dates and nothing breaks', async () => {
  renderApp('/about');
  expect(await sourceItem('Testkällan energi')).toHaveTextContent(/^Testkällan energi$/);
  expect(screen.getByRole('heading', { level: 2, name: 'Tillgänglighetsredogörelse' })).toBeInTheDocument();
  expect(screen.queryByText(/build-report/)).not.toBeInTheDocument();
});

test('a broken build report is ignored, not shown as an error on the page', async () => {
  server.use(buildReportHandler({ ...createBuildReportFixture(), indicators: 'nope' }));
  renderApp('/about');
  expect(await sourceItem('Testkällan energi')).toHaveTextContent(/^Testkällan energi$/);
  expect(screen.queryByText(/build-report/)).not.toBeInTheDocument();
});
