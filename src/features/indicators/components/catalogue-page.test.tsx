import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { datasetHandlers, documentEmpty, documentHttpError } from '../../../../mocks/handlers';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/render';
import { readWorkbook, values } from '../../../../tests/xlsx-reader';
import { CATALOGUE_ALL_ROWS_UP_TO, CATALOGUE_FIRST_ROWS } from './catalogue-page';

async function findTable() {
  return screen.findByRole('table', { name: /Indikatorer per stadsdel|Indicators by district/ });
}

function bodyRows(table: HTMLElement) {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('row');
}

function rowNames(table: HTMLElement) {
  return bodyRows(table).map((row) => {
    const cells = within(row).getAllByRole('cell');
    return `${within(row).getByRole('rowheader').textContent} / ${cells[1]?.textContent}`;
  });
}

/** Captures the next file saved through URL.createObjectURL and returns its text. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { blobs, clicks };
}

test('lists one row per public indicator and district, and never the internal indicator', async () => {
  renderApp('/indicators');
  const table = await findTable();
  expect(screen.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeInTheDocument();
  expect(bodyRows(table)).toHaveLength(10);
  expect(rowNames(table)).toContain('Energianvändning / Alfastaden');
  expect(rowNames(table)).toContain('Nöjda hyresgäster / Alfastaden');
  expect(screen.queryByText(/Intern mätartäckning/)).not.toBeInTheDocument();
  expect(screen.getByText('Visar 10 av 10 rader')).toBeInTheDocument();
});

test('shows status as text with the overdue flag, the latest value, target and trend per row', async () => {
  renderApp('/indicators');
  const table = await findTable();
  const homes = bodyRows(table).find((row) => /Färdiga bostäder/.test(row.textContent ?? '') && /Alfastaden/.test(row.textContent ?? ''));
  if (!homes) throw new Error('no row for Färdiga bostäder / Alfastaden');
  const row = within(homes);
  expect(row.getByText('Uppnått')).toBeInTheDocument();
  expect(row.getByText('Försenad uppdatering')).toBeInTheDocument();
  expect(row.getByText('322')).toBeInTheDocument();
  expect(row.getByText('2022')).toBeInTheDocument();
  expect(row.getByText('300 bostäder till 2025')).toBeInTheDocument();
  expect(row.getByText(/upp 3,9 % \(bättre\)/)).toBeInTheDocument();
  expect(row.getByRole('link', { name: 'Färdiga bostäder' })).toHaveAttribute('href', '/indicators/homes-completed');
});

test('filters by domain, district, status and text, and writes each filter to the URL', async () => {
  const { user, router } = renderApp('/indicators');
  const table = await findTable();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Ämne' }), 'energy');
  await waitFor(() => expect(router.state.location.search).toBe('?domain=energy'));
  expect(bodyRows(table)).toHaveLength(4);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Stadsdel' }), 'beta');
  await waitFor(() => expect(router.state.location.search).toBe('?domain=energy&area=beta'));
  expect(rowNames(table)).toEqual(['Energianvändning / Betahamnen', 'Solel / Betahamnen']);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'at-risk');
  expect(rowNames(table)).toEqual(['Solel / Betahamnen']);
  await waitFor(() => expect(router.state.location.search).toBe('?domain=energy&area=beta&status=at-risk'));

  await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
  await waitFor(() => expect(router.state.location.search).toBe(''));
  expect(bodyRows(table)).toHaveLength(10);

  // Free text ignores case and diacritics.
  await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'solel betahamn');
  expect(rowNames(table)).toEqual(['Solel / Betahamnen']);
  await waitFor(() => expect(router.state.location.search).toBe('?q=solel+betahamn'));
});

test('restores filters and sort from the URL', async () => {
  renderApp('/indicators?status=overdue&sort=district&dir=desc');
  const table = await findTable();
  // Annual values from 2024 or earlier are overdue on 2026-06-01 (two years after 2024-01-01).
  expect(rowNames(table)).toEqual(['Energianvändning / Alfastaden', 'Laddplatser / Alfastaden', 'Färdiga bostäder / Alfastaden']);
  expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('overdue');
  expect(screen.getByRole('combobox', { name: 'Sortera efter' })).toHaveValue('district');
  expect(screen.getByRole('columnheader', { name: 'Stadsdel' })).toHaveAttribute('aria-sort', 'descending');
});

test('rows without a target can be found with the "no target" status', async () => {
  renderApp('/indicators?status=none');
  const table = await findTable();
  expect(rowNames(table)).toEqual(['Laddplatser / Betahamnen', 'Nöjda hyresgäster / Alfastaden']);
});

test('sorts by any column from its header, ascending then descending, with rows lacking a value last', async () => {
  const { user, router } = renderApp('/indicators');
  const table = await findTable();
  await user.click(within(table).getByRole('button', { name: 'Status' }));
  await waitFor(() => expect(router.state.location.search).toBe('?sort=status'));
  expect(within(table).getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
  const statuses = () => bodyRows(table).map((row) => row.querySelector('[data-status]:not([data-status="overdue"])')?.getAttribute('data-status') ?? 'none');
  expect(statuses()).toEqual(['achieved', 'achieved', 'on-track', 'on-track', 'at-risk', 'off-track', 'off-track', 'no-data', 'none', 'none']);
  // Ties keep the catalogue order.
  expect(rowNames(table).slice(0, 2)).toEqual(['Energianvändning / Alfastaden', 'Färdiga bostäder / Alfastaden']);

  await user.click(within(table).getByRole('button', { name: 'Status' }));
  await waitFor(() => expect(router.state.location.search).toBe('?sort=status&dir=desc'));
  expect(statuses()).toEqual(['no-data', 'off-track', 'off-track', 'at-risk', 'on-track', 'on-track', 'achieved', 'achieved', 'none', 'none']);

  await user.click(within(table).getByRole('button', { name: 'Senaste värde' }));
  const latest = bodyRows(table).map((row) => within(row).getAllByRole('cell')[2]?.textContent);
  expect(latest.slice(0, 2)).toEqual(['0 % av bilplatserna', '0,60 platser per bostad']);
  expect(latest.at(-1)).toMatch(/^2\s700 bostäder$/);
});

test('the forecast column says in time, years late, not at this pace or too few values, and sorts best first', async () => {
  const { user, router } = renderApp('/indicators');
  const table = await findTable();
  expect(within(table).getByText('4 år sent')).toBeInTheDocument();
  await user.click(within(table).getByRole('button', { name: 'Prognos' }));
  await waitFor(() => expect(router.state.location.search).toBe('?sort=forecast'));
  expect(within(table).getByRole('columnheader', { name: 'Prognos' })).toHaveAttribute('aria-sort', 'ascending');
  const forecasts = () => bodyRows(table).map((row) => row.querySelector('[data-forecast]')?.getAttribute('data-forecast') ?? 'none');
  expect(forecasts()).toEqual(['in-time', 'in-time', 'late', 'not-at-this-pace', 'not-at-this-pace', 'too-few-values', 'none', 'none', 'none', 'none']);
  await user.click(within(table).getByRole('button', { name: 'Prognos' }));
  await waitFor(() => expect(router.state.location.search).toBe('?sort=forecast&dir=desc'));
  // Rows without a forecast (no target, or achieved) stay last in both directions.
  expect(forecasts()).toEqual(['too-few-values', 'not-at-this-pace', 'not-at-this-pace', 'late', 'in-time', 'in-time', 'none', 'none', 'none', 'none']);
});

test('downloads the shown rows as CSV with a header and one line per row', async () => {
  const { blobs } = captureDownloads();
  const { user } = renderApp('/indicators?domain=energy&sort=district');
  await findTable();
  await user.click(screen.getByRole('button', { name: 'Ladda ner CSV (för program)' }));
  await vi.waitFor(() => expect(blobs).toHaveLength(1));
  const blob = blobs[0] as Blob;
  expect(blob.type).toBe('text/csv;charset=utf-8');
  const lines = (await blob.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(5);
  expect(lines[0]).toBe(
    'indicator_id,indicator,domain,area_id,district,unit,direction,latest_value,latest_period,latest_quality,previous_value,previous_period,change_since_previous,trend,baseline_value,baseline_period,target_value,target_period,status,status_label,progress,expected,overdue,forecast,forecast_label,forecast_reach_year,forecast_reach_year_low,forecast_reach_year_high,forecast_value_at_target,forecast_value_at_target_low,forecast_value_at_target_high,source,visibility',
  );
  expect(lines[1]).toMatch(
    /^energy-use,Energianvändning,energy,alpha,Alfastaden,kWh\/m² och år,decrease,55,2024,estimated,56,2023,-1,better,150,2015,60,2025,achieved,Uppnått,/,
  );
  expect(lines.slice(1).map((line) => line.split(',')[4])).toEqual(['Alfastaden', 'Alfastaden', 'Betahamnen', 'Betahamnen']);
  expect(await screen.findByText('indicators.csv är nedladdad.')).toBeInTheDocument();
});

test('downloads the shown rows as an Excel workbook that Swedish Excel reads: number cells, words, percentages, About sheet', async () => {
  const { blobs } = captureDownloads();
  const { user } = renderApp('/indicators?domain=energy&sort=district');
  // A generous wait: the machine running the tests may be busy, and the route loads lazily.
  const button = await screen.findByRole('button', { name: 'Ladda ner Excel' }, { timeout: 10_000 });
  const table = await findTable();
  await user.click(button);
  await vi.waitFor(() => expect(blobs).toHaveLength(1));
  const blob = blobs[0] as Blob;
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const [data, about] = await readWorkbook(blob);
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Indikatorer');
  expect(data.frozenRows).toBe(1);
  const [header, ...rows] = values(data);
  expect(header?.slice(0, 7)).toEqual(['Indikator', 'Ämne', 'Stadsdel', 'Enhet', 'Senaste värde (i enheten)', 'Senaste värde avser', 'Kvalitet']);
  expect(header).toContain('Framsteg mot målet (%)');
  // The same rows as the table, in the same order.
  expect(rows.map((row) => `${String(row[0])} / ${String(row[2])}`)).toEqual(rowNames(table));
  const first = data.rows[1];
  expect(first?.[4]).toMatchObject({ type: 'number', value: 55 });
  expect(first?.[5]).toMatchObject({ type: 'string', value: '2024', numFmt: '@' });
  const statusColumn = (header ?? []).indexOf('Status');
  const progressColumn = (header ?? []).indexOf('Framsteg mot målet (%)');
  expect(first?.[statusColumn]?.value).toBe('Uppnått');
  expect(first?.[progressColumn]).toMatchObject({ type: 'number', numFmt: '0.0%' });
  expect(values(about).map((row) => row[0])).toEqual(
    expect.arrayContaining(['Datamängd', 'Källa', 'Licens', 'Datan uppdaterad', 'Citera så här', 'Länk till samma vy']),
  );
  expect(values(about).find((row) => row[0] === 'Länk till samma vy')?.[1]).toMatch(/\/indicators\?domain=energy&sort=district$/);
  expect(await screen.findByText('indicators.xlsx är nedladdad.')).toBeInTheDocument();
});

test('downloads the shown rows as JSON with the filters that produced them', async () => {
  const { blobs } = captureDownloads();
  const { user } = renderApp('/en/indicators?status=off-track');
  await findTable();
  await user.click(screen.getByRole('button', { name: 'Download JSON' }));
  const blob = blobs[0] as Blob;
  const json = JSON.parse(await blob.text()) as { count: number; filters: { status: string }; rows: Array<Record<string, unknown>> };
  expect(json.count).toBe(2);
  expect(json.filters.status).toBe('off-track');
  expect(json.rows.map((row) => [row.indicator, row.district, row.status_label])).toEqual([
    ['Energy use', 'Beta Harbour', 'Off track'],
    ['Homes completed', 'Beta Harbour', 'Off track'],
  ]);
  expect(JSON.stringify(json)).not.toMatch(/meter-coverage/);
});

test('says when no row matches the filters and offers to clear them', async () => {
  const { user } = renderApp('/indicators?q=finns-inte');
  expect(await screen.findByText('Inga indikatorer matchar filtren.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  const clear = screen.getAllByRole('button', { name: 'Rensa filter' });
  await user.click(clear.at(-1) as HTMLElement);
  expect(await findTable()).toBeInTheDocument();
});

test('fails with a message naming goals.json when it cannot be read', async () => {
  server.use(documentHttpError('goals.json', 503));
  renderApp('/indicators');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Det gick inte att läsa goals.json');
  expect(alert).toHaveTextContent('503');
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('says so when the dataset has no indicators', async () => {
  server.use(documentEmpty('indicators.json'));
  renderApp('/indicators');
  expect(await screen.findByText('Det finns inga publicerade indikatorer i datan ännu.')).toBeInTheDocument();
});

test('is complete in English', async () => {
  renderApp('/en/indicators');
  const table = await findTable();
  expect(screen.getByRole('heading', { level: 1, name: 'Indicators' })).toBeInTheDocument();
  expect(within(table).getByRole('button', { name: 'Latest value' })).toBeInTheDocument();
  expect(rowNames(table)).toContain('Energy use / Alpha Town');
  expect(within(table).getAllByText('On track')).toHaveLength(2);
  expect(screen.getByText('Showing 10 of 10 rows')).toBeInTheDocument();
});

test('says so, visibly, when the Excel file cannot be made', async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    throw new Error('the browser refused the file');
  });
  const { user } = renderApp('/en/indicators');
  await user.click(await screen.findByRole('button', { name: 'Download Excel' }, { timeout: 10_000 }));
  const status = await screen.findByText('indicators.xlsx could not be made. Please try again.', undefined, { timeout: 10_000 });
  expect(status).toHaveClass('downloads__error');
});

/** Serves the fixture with `count` copies of its first indicator (each × 2 districts) added to its own 10 rows. */
function serveWithCopies(count: number) {
  const dataset = createDatasetFixture();
  const [first] = dataset.indicators.indicators;
  if (!first) throw new Error('the fixture has no indicator');
  for (let index = 0; index < count; index++) {
    const id = `copy-${index}`;
    dataset.indicators.indicators.push({ ...first, id, name: { sv: `Kopia ${index}`, en: `Copy ${index}` } });
    const observations = dataset.observations[first.id];
    if (observations) dataset.observations[id] = { ...observations, indicatorId: id };
  }
  server.use(...datasetHandlers(dataset));
}

test('draws the first rows of a long catalogue, and all of them on request; counts cover every row', async () => {
  // 60 copies × 2 districts = 120 rows, plus the fixture's own 10.
  serveWithCopies(60);
  renderApp('/indicators');
  const table = await findTable();
  expect(await screen.findByText('Visar 130 av 130 rader')).toBeInTheDocument();
  expect(bodyRows(table)).toHaveLength(CATALOGUE_FIRST_ROWS);
  expect(screen.getByText(`De första ${CATALOGUE_FIRST_ROWS} raderna visas.`)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Visa alla 130 rader' }));
  expect(bodyRows(await findTable())).toHaveLength(130);
  expect(screen.queryByRole('button', { name: /Visa alla/ })).not.toBeInTheDocument();
});

test('a catalogue of a few rows more than the first ones is drawn whole, without a button', async () => {
  serveWithCopies((CATALOGUE_ALL_ROWS_UP_TO - 10) / 2);
  renderApp('/indicators');
  const table = await findTable();
  expect(await screen.findByText(`Visar ${CATALOGUE_ALL_ROWS_UP_TO} av ${CATALOGUE_ALL_ROWS_UP_TO} rader`)).toBeInTheDocument();
  expect(CATALOGUE_ALL_ROWS_UP_TO).toBeGreaterThan(CATALOGUE_FIRST_ROWS);
  expect(bodyRows(table)).toHaveLength(CATALOGUE_ALL_ROWS_UP_TO);
  expect(screen.queryByRole('button', { name: /Visa alla/ })).not.toBeInTheDocument();
});
