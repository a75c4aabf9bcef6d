/**
 * What data:build adds to a dataset, as the indicator pages and the catalogue show it: a
 * reference area (a dashed comparison line and a table column, never a district) and a stale
 * indicator (its source could not be read at the last update).
 */
import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { REFERENCE_NAME, withReferenceArea, withStaleIndicator } from '../../../../mocks/fixtures/live-sources';
import { datasetHandlers } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/render';

function useDataset(dataset = createDatasetFixture()) {
  server.use(...datasetHandlers(dataset));
}

function tableBodyRows(table: HTMLElement) {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
}

test('a reference area is drawn as a dashed line named after it, beside the districts', async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  renderApp('/indicators/energy-use');
  const panel = await screen.findByRole('tabpanel', { name: 'Diagram' }, { timeout: 5000 });
  expect(await within(panel).findByText('Hela Metropol (jämförelse)')).toBeInTheDocument();
  await vi.waitFor(() => expect(panel.querySelectorAll('.ts-line')).toHaveLength(3));
  const reference = panel.querySelector('.ts-series--reference .ts-line');
  expect(reference).not.toBeNull();
  expect(reference).toHaveAttribute('stroke-dasharray', '6 4');
  // It is offered as a series of its own, ticked by default, under "Jämförelse".
  const comparison = screen.getByRole('group', { name: 'Jämförelse' });
  expect(within(comparison).getByRole('checkbox', { name: 'Hela Metropol (jämförelse)' })).toBeChecked();
  // Never a district: no status line in the findings.
  expect(screen.getAllByRole('listitem').filter((item) => item.classList.contains('findings__item'))).toHaveLength(2);
});

test("the chart's table gives the reference area a column beside each district's value", async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  const { user } = renderApp('/indicators/energy-use');
  await user.click(await screen.findByRole('tab', { name: 'Tabell' }));
  const table = await screen.findByRole('table', { name: /alla värden i vald period/ });
  expect(within(table).getByRole('columnheader', { name: 'Hela Metropol (jämförelse)' })).toBeInTheDocument();
  const rows = tableBodyRows(table);
  // 2013–2014: only the reference has values; 2015: Alfastaden 150 beside Metropol 125.
  expect(rows[0]).toEqual(['2013', 'Bara jämförelsevärde', '', '', '', '130']);
  expect(rows.find((row) => row[0] === '2015' && row[1] === 'Alfastaden')).toEqual(['2015', 'Alfastaden', '150', 'Uppmätt', '', '125']);
});

test('the reference line and column are named in English too', async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  const { user } = renderApp('/en/indicators/energy-use?view=table');
  const table = await screen.findByRole('table', { name: /every value in the chosen period/ }, { timeout: 5000 });
  expect(within(table).getByRole('columnheader', { name: `${REFERENCE_NAME.en} (comparison)` })).toBeInTheDocument();
  await user.click(screen.getByRole('tab', { name: 'Chart' }));
  expect(await screen.findByText('All of Metropolis (comparison)', { selector: '.chart-legend li' })).toBeInTheDocument();
});

test('a reference area is never a district: not in the catalogue, its filter or on the start page', async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  renderApp('/indicators');
  const table = await screen.findByRole('table', { name: /Indikatorer per stadsdel/ });
  expect(within(table).queryByText('Hela Metropol')).not.toBeInTheDocument();
  const districtFilter = screen.getByRole('combobox', { name: 'Stadsdel' });
  expect(within(districtFilter).queryByRole('option', { name: 'Hela Metropol' })).not.toBeInTheDocument();
});

test('the start page lists only the districts', async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 3, name: 'Alfastaden' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 3, name: 'Hela Metropol' })).not.toBeInTheDocument();
});

test("a reference area's own page is not a district page", async () => {
  useDataset(withReferenceArea(createDatasetFixture()));
  renderApp('/areas/metropolis');
  expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Hela Metropol');
});

test('a stale indicator says that its source could not be read, and from when the values are', async () => {
  useDataset(withStaleIndicator(createDatasetFixture()));
  renderApp('/indicators/solar-power');
  const notice = await screen.findByRole('note');
  expect(notice).toHaveTextContent('Källan kunde inte läsas vid senaste uppdateringen den 20 maj 2026; värdena är från 15 april 2026.');
});

test('the stale notice in English', async () => {
  useDataset(withStaleIndicator(createDatasetFixture()));
  renderApp('/en/indicators/solar-power');
  expect(await screen.findByRole('note')).toHaveTextContent(
    'The source could not be read at the last update on 20 May 2026; the values are from 15 April 2026.',
  );
});

test('an indicator that was read has no stale notice', async () => {
  useDataset(withStaleIndicator(createDatasetFixture()));
  renderApp('/indicators/energy-use');
  expect(await screen.findByRole('heading', { level: 1, name: 'Energianvändning' })).toBeInTheDocument();
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});

test('the catalogue flags the rows of a stale indicator', async () => {
  useDataset(withStaleIndicator(createDatasetFixture()));
  renderApp('/indicators');
  const table = await screen.findByRole('table', { name: /Indikatorer per stadsdel/ });
  const flagged = within(table)
    .getAllByText('Källan kunde inte läsas')
    .map((flag) => within(flag.closest('tr') as HTMLElement).getByRole('rowheader').textContent);
  expect(flagged.length).toBe(2);
  expect(flagged.every((name) => name?.includes('Solel'))).toBe(true);
});
