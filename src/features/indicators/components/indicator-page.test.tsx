import { act, screen, within } from '@testing-library/react';
import { expect, onTestFinished, test, vi } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { documentBody, documentEmpty, documentHttpError } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/render';
import { readWorkbook, values } from '../../../../tests/xlsx-reader';

function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

async function findValuesTable() {
  return screen.findByRole('table', { name: /alla värden i vald period|every value in the chosen period/ });
}

function tableBodyRows(table: HTMLElement) {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
}

test('shows the title and the finding with status first, per district', async () => {
  renderApp('/indicators/energy-use');
  expect(await screen.findByRole('heading', { level: 1, name: 'Energianvändning' })).toBeInTheDocument();
  const findings = within(screen.getByRole('list', { name: 'Slutsatser per stadsdel' })).getAllByRole('listitem');
  expect(findings).toHaveLength(2);
  expect(findings[0]).toHaveTextContent('Målet på 60 kWh/m² och år till 2025 är uppnått. Sedan 2015 har energianvändning i Alfastaden minskat med 63 %.');
  expect(within(findings[0] as HTMLElement).getByText('Uppnått')).toBeInTheDocument();
  expect(findings[1]).toHaveTextContent('Efter plan');
  // The status explains itself where it is shown: when the target was reached, how far behind the plan against the margin.
  expect(findings[1]).toHaveTextContent(/2025 låg värdet \d+ procentenheter efter planen, mer än dubbla marginalen på 10 procentenheter\./);
  expect(document.title).toBe('Energianvändning – Grow Smarter Monitor');
});

test('each district with an open target gets a forecast beside its status, never instead of it; an achieved one gets none', async () => {
  renderApp('/indicators/solar-power');
  const list = await screen.findByRole('list', { name: 'Slutsatser per stadsdel' }, { timeout: 10_000 });
  const [alpha, beta] = within(list).getAllByRole('listitem') as HTMLElement[];
  expect(alpha).toHaveTextContent('I fas');
  expect(alpha).toHaveTextContent(/Prognos: I den takt det gått de senaste fem åren nås målet 2030, i tid till målåret 2030/);
  expect(beta).toHaveTextContent('Risk att missa');
  expect(beta).toHaveTextContent(
    /Prognos: I den takt det gått de senaste fem åren nås målet 2034, fyra år efter målåret \(troligen mellan 2033 och 2034\)\. Med samma takt blir värdet .+ år 2030/,
  );
  const block = screen.getByRole('heading', { level: 2, name: 'Nyckeltal' }).closest('section') as HTMLElement;
  expect(within(block).getByText('4 år sent')).toBeInTheDocument();
});

test('an achieved target gets no forecast', async () => {
  renderApp('/indicators/energy-use');
  const list = await screen.findByRole('list', { name: 'Slutsatser per stadsdel' }, { timeout: 10_000 });
  const [alpha, beta] = within(list).getAllByRole('listitem') as HTMLElement[];
  expect(alpha).not.toHaveTextContent('Prognos');
  expect(beta).toHaveTextContent('Prognos: I nuvarande takt nås målet inte.');
});

test('a key-figures block gives each district its latest value, target and baseline with periods, and the status', async () => {
  renderApp('/indicators/energy-use');
  const block = (await screen.findByRole('heading', { level: 2, name: 'Nyckeltal' }, { timeout: 10_000 })).closest('section');
  if (!block) throw new Error('no key figures');
  const alpha = within(block).getByRole('heading', { level: 3, name: 'Alfastaden' }).closest('li') as HTMLElement;
  const figure = (label: string) =>
    within(alpha)
      .getByText(label)
      .nextElementSibling?.textContent?.replace(/\u00a0/g, ' ');
  expect(figure('Senaste värde')).toBe('55 kWh/m² och år (2024)');
  expect(figure('Mål')).toBe('60 kWh/m² och år (2025)');
  expect(figure('Baslinje')).toBe('150 kWh/m² och år (2015)');
  expect(within(alpha).getByText('Uppnått')).toBeInTheDocument();
  // When the target was reached, against its deadline.
  expect(alpha).toHaveTextContent('Uppnått 2022, i tid');
  const beta = within(block).getByRole('heading', { level: 3, name: 'Betahamnen' }).closest('li') as HTMLElement;
  expect(within(beta).getByText('Efter plan')).toBeInTheDocument();
});

test('draws the chart with a legend that explains targets, quality and events', async () => {
  renderApp('/indicators/energy-use');
  const tab = await screen.findByRole('tab', { name: 'Diagram' });
  expect(tab).toHaveAttribute('aria-selected', 'true');
  const panel = screen.getByRole('tabpanel', { name: 'Diagram' });
  expect(await within(panel).findByText('Målets raka väg från baslinje till mål')).toBeInTheDocument();
  expect(within(panel).getByText('Uppskattat, modellerat eller preliminärt värde')).toBeInTheDocument();
  expect(within(panel).getByText('Den lodräta axeln börjar på noll.')).toBeInTheDocument();
  expect(within(panel).getByRole('heading', { name: 'Händelser i perioden' })).toBeInTheDocument();
  const events = within(panel).getByRole('list', { name: 'Händelser i perioden' });
  expect(
    within(events)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['mars 2016: Renoveringen börjar', '2018: De första bostäderna klara', '2019: Renoveringen klar']);
  // First a plain SVG drawing of both districts' lines, named for assistive technology …
  const drawing = within(panel).getByRole('application', { name: 'Diagram: Energianvändning' });
  expect(drawing.querySelectorAll('.ts-line')).toHaveLength(2);
  expect(panel.querySelector('.recharts-wrapper')).toBeNull();
});

test('the drawing becomes the interactive recharts chart when a keyboard user focuses it, and the focus stays on the chart', async () => {
  renderApp('/indicators/energy-use');
  const panel = await screen.findByRole('tabpanel', { name: 'Diagram' });
  const drawing = await within(panel).findByRole('application', { name: 'Diagram: Energianvändning' });
  // A keyboard user tabs onto the drawing; the recharts chart takes its place and its focus.
  act(() => drawing.focus());
  // The recharts chunk is imported on demand; a loaded 2-core machine takes seconds to transform it.
  await vi.waitFor(() => expect(panel.querySelectorAll('.recharts-line-curve')).toHaveLength(2), { timeout: 15_000 });
  expect(panel.querySelector('.ts-static')).toBeNull();
  expect(document.activeElement).toBe(panel.querySelector('.recharts-surface'));
  // Once loaded, the next chart is recharts' from the start.
  renderApp('/en/indicators/energy-use');
  const english = await screen.findByRole('tabpanel', { name: 'Chart' });
  await vi.waitFor(() => expect(english.querySelectorAll('.recharts-line-curve')).toHaveLength(2), { timeout: 15_000 });
}, 30_000);

test('switches between chart and table with the keyboard and keeps the tab in the URL', async () => {
  const { user, router } = renderApp('/indicators/solar-power');
  const chartTab = await screen.findByRole('tab', { name: 'Diagram' });
  await user.click(chartTab);
  await user.keyboard('{ArrowRight}');
  const tableTab = screen.getByRole('tab', { name: 'Tabell' });
  expect(tableTab).toHaveAttribute('aria-selected', 'true');
  expect(tableTab).toHaveFocus();
  expect(router.state.location.search).toBe('?view=table');
  const table = await findValuesTable();
  const rows = tableBodyRows(table);
  // Every value of both districts: 11 years × 2.
  expect(rows).toHaveLength(22);
  expect(rows[0]).toEqual(['2015', 'Alfastaden', '0,0', 'Uppmätt', '']);
  expect(rows[1]).toEqual(['2015', 'Betahamnen', '0,0', 'Modellerat', '']);
  // Tab moves from the tab list into the panel.
  await user.tab();
  expect(screen.getByRole('tabpanel', { name: 'Tabell' })).toHaveFocus();
  await user.keyboard('{Home}');
  await user.click(screen.getByRole('tab', { name: 'Tabell' }));
  await user.keyboard('{ArrowLeft}');
  expect(screen.getByRole('tab', { name: 'Diagram' })).toHaveAttribute('aria-selected', 'true');
  expect(router.state.location.search).toBe('');
});

test('the table shows quality and notes, and values missing in the data as missing, not as 0', async () => {
  renderApp('/indicators/ev-charging-share?view=table');
  const rows = tableBodyRows(await findValuesTable());
  // A missing value has no quality: nothing was measured.
  expect(rows).toContainEqual(['2019', 'Alfastaden', 'Inget värde', '', '']);
  renderApp('/en/indicators/tenant-satisfaction?view=table');
  const english = tableBodyRows(await screen.findByRole('table', { name: /every value in the chosen period/ }));
  expect(english).toContainEqual(['Q1 2026', 'Alpha Town', '76', 'Measured', 'New survey']);
});

test('the time range and the series live in the URL and restrict the table', async () => {
  const { user, router } = renderApp('/indicators/energy-use?view=table');
  await findValuesTable();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Från' }), '2020');
  expect(router.state.location.search).toBe('?from=2020&view=table');
  await user.click(screen.getByRole('checkbox', { name: 'Betahamnen' }));
  expect(router.state.location.search).toBe('?from=2020&series=alpha&view=table');
  await user.click(screen.getByRole('checkbox', { name: 'Kvarteret Ett (Alfastaden)' }));
  expect(router.state.location.search).toBe('?from=2020&series=alpha%2Calpha.alpha-block-1&view=table');
  const rows = tableBodyRows(await findValuesTable());
  expect(rows.map((row) => `${row[0]} ${row[1]}`)).toEqual(['2020 Alfastaden', '2021 Alfastaden', '2022 Alfastaden', '2023 Alfastaden', '2024 Alfastaden']);
  // The site series ends in 2019, so it has no values from 2020.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Från' }), '2019');
  expect(
    tableBodyRows(await findValuesTable())
      .slice(0, 2)
      .map((row) => row[1]),
  ).toEqual(['Alfastaden', 'Kvarteret Ett (Alfastaden)']);
});

test('opens a view from the URL: range, series and tab', async () => {
  renderApp('/indicators/homes-completed?from=2016&to=2018&series=beta&view=table');
  const rows = tableBodyRows(await findValuesTable());
  expect(rows.map((row) => row.slice(0, 3))).toEqual([
    ['2016', 'Betahamnen', '300'],
    ['2017', 'Betahamnen', '700'],
    ['2018', 'Betahamnen', '1 100'],
  ]);
  expect(screen.getByRole('combobox', { name: 'Från' })).toHaveValue('2016');
  expect(screen.getByRole('combobox', { name: 'Till' })).toHaveValue('2018');
  expect(screen.getByRole('checkbox', { name: 'Alfastaden' })).not.toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Betahamnen' })).toBeChecked();
  // Events of hidden districts are not listed.
  const events = await screen.findByRole('table', { name: 'Händelser i vald period' });
  expect(tableBodyRows(events)).toEqual([['2018', 'Betahamnen', 'De första bostäderna klara', '']]);
});

test('downloads exactly what is shown as CSV: range and series, every value', async () => {
  const blobs = captureDownloads();
  const { user } = renderApp('/indicators/energy-use?from=2022&series=alpha,alpha.alpha-block-1');
  await user.click(await screen.findByRole('button', { name: 'Ladda ner CSV (för program)' }));
  await vi.waitFor(() => expect(blobs).toHaveLength(1));
  const lines = (await (blobs[0] as Blob).text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toEqual([
    'indicator_id,area_id,district,site_id,site,period,value,unit,quality,note,visibility',
    'energy-use,alpha,Alfastaden,,,2022,58,kWh/m² och år,estimated,,public',
    'energy-use,alpha,Alfastaden,,,2023,56,kWh/m² och år,estimated,,public',
    'energy-use,alpha,Alfastaden,,,2024,55,kWh/m² och år,estimated,,public',
  ]);
  expect(await screen.findByText('energy-use_2022-2030.csv är nedladdad.')).toBeInTheDocument();
});

test('downloads exactly what is shown as Excel: the table rows as number cells, in the source-file columns', async () => {
  const blobs = captureDownloads();
  const { user } = renderApp('/en/indicators/energy-use?from=2018&to=2019&view=table');
  // A generous wait: the machine running the tests may be busy, and the route loads lazily.
  const button = await screen.findByRole('button', { name: 'Download Excel' }, { timeout: 10_000 });
  const table = await findValuesTable();
  await user.click(button);
  await vi.waitFor(() => expect(blobs).toHaveLength(1));
  const [data, about] = await readWorkbook(blobs[0] as Blob);
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Values');
  const [header, ...rows] = values(data);
  expect(header).toEqual(['period', 'area', 'site', 'value', 'quality', 'note_sv', 'note_en', 'Unit', 'District name', 'Site name', 'Quality (text)']);
  // Row for row what the table shows: period, value (formatted as the table does), quality.
  const shown = tableBodyRows(table);
  expect(rows).toHaveLength(shown.length);
  expect(rows.map((row) => [row[0], new Intl.NumberFormat('en-GB').format(row[3] as number), row[10]])).toEqual(shown.map((row) => [row[0], row[2], row[3]]));
  expect(data.rows.slice(1).every((row) => row[3]?.type === 'number')).toBe(true);
  expect(rows[0]?.[7]).toBe('kWh/m² per year');
  expect(values(about).find((row) => row[0] === 'Unit of the value column')?.[1]).toBe('kWh/m² per year');
  expect(values(about).find((row) => row[0] === 'Link to the same view')?.[1]).toMatch(/\/en\/indicators\/energy-use\?from=2018&to=2019&view=table$/);
});

test('downloads exactly what is shown as JSON, in the observations format', async () => {
  const blobs = captureDownloads();
  const { user } = renderApp('/en/indicators/tenant-satisfaction?to=2025');
  await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
  const json = JSON.parse(await (blobs[0] as Blob).text()) as {
    apiVersion: string;
    indicatorId: string;
    range: { from: number; to: number };
    series: Array<{ areaId: string; name: string; points: Array<{ period: string; value: number }> }>;
  };
  expect(json.apiVersion).toBe('1');
  expect(json.indicatorId).toBe('tenant-satisfaction');
  expect(json.range).toEqual({ from: 2025, to: 2025 });
  expect(json.series).toHaveLength(1);
  expect(json.series[0]?.name).toBe('Alpha Town');
  expect(json.series[0]?.points.map((point) => point.period)).toEqual(['2025-07', '2025-10']);
});

test('"copy link" copies a URL that opens the same view', async () => {
  const { user } = renderApp('/indicators/solar-power?from=2018&series=beta');
  await screen.findByRole('tab', { name: 'Diagram' });
  await user.click(screen.getByRole('tab', { name: 'Tabell' }));
  await user.click(screen.getByRole('button', { name: 'Kopiera länk' }));
  expect(await screen.findByText('Länken är kopierad. Den öppnar samma vy.')).toBeInTheDocument();
  const copied = new URL(await navigator.clipboard.readText());
  expect(copied.pathname).toBe('/indicators/solar-power');
  expect(Object.fromEntries(copied.searchParams)).toEqual({ from: '2018', to: '2030', series: 'beta', view: 'table' });

  renderApp(`${copied.pathname}${copied.search}`);
  const tables = await screen.findAllByRole('table', { name: /alla värden i vald period/ });
  const reopened = tableBodyRows(tables.at(-1) as HTMLElement);
  expect(reopened[0]).toEqual(['2018', 'Betahamnen', '20,0', 'Modellerat', '']);
  expect(reopened).toHaveLength(8);
});

test('offers an embed snippet for the same view', async () => {
  const { user } = renderApp('/en/indicators/solar-power?from=2018&view=table');
  await user.click(await screen.findByText('Embed'));
  const code = screen.getByRole('textbox', { name: 'Code to embed the chart' });
  expect((code as HTMLTextAreaElement).value).toMatch(
    /^<iframe src="http:\/\/[^/]+\/en\/embed\/indicators\/solar-power\?from=2018&amp;to=2030&amp;series=alpha%2Cbeta" title="Solar power – chart" width="100%" height="1400" style="border:0" loading="lazy"><\/iframe>\n<script>addEventListener\('message',.*'grow-smarter-monitor:height'.*f\.style\.height=d\.height\+'px'.*<\/script>$/,
  );
});

test('shows the metadata: definition, unit, direction, method, source, frequency, last and next value', async () => {
  renderApp('/indicators/energy-use');
  await screen.findByRole('heading', { name: 'Om indikatorn' });
  const panel = screen.getByRole('region', { name: 'Om indikatorn' });
  const terms = within(panel)
    .getAllByRole('term')
    .map((term) => term.textContent);
  const definitions = within(panel)
    .getAllByRole('definition')
    .map((definition) => definition.textContent);
  const text = (term: string) => definitions[terms.indexOf(term)];
  expect(text('Definition')).toBe('Köpt energi per kvadratmeter.');
  expect(text('Enhet')).toBe('kWh/m² och år');
  expect(text('Riktning')).toBe('Lägre är bättre');
  expect(text('Metod')).toBe('Mätt med fjärravlästa mätare.');
  expect(within(panel).getByRole('link', { name: 'Testkällan energi' })).toHaveAttribute('href', 'https://example.org/energy');
  expect(text('Uppdateras')).toBe('En gång per år');
  expect(text('Senaste värde avser')).toBe('2025');
  expect(text('Nästa värde väntas avse')).toBe('2026');
  expect(text('Ingår i målen')).toMatch(
    /^Lägre energianvändning i husen \(Alfastaden: 60 kWh\/m² och år till 2025; Betahamnen: 55 kWh\/m² och år till 2030\)$/,
  );
});

test('an internal indicator is not found, and its observations are never fetched', async () => {
  const requested: string[] = [];
  // Removed when the test ends, pass or fail, so a failure cannot leak it into the next test.
  onTestFinished(() => server.events.removeAllListeners());
  server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url).pathname);
  });
  renderApp('/indicators/meter-coverage');
  expect(await screen.findByRole('heading', { level: 1, name: 'Indikatorn finns inte' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Alla indikatorer' })).toHaveAttribute('href', '/indicators');
  expect(requested.some((path) => path.includes('meter-coverage'))).toBe(false);
});

test('an unknown indicator is not found, in English too', async () => {
  renderApp('/en/indicators/no-such-thing');
  expect(await screen.findByRole('heading', { level: 1, name: 'Indicator not found' })).toBeInTheDocument();
});

test('fails with a message naming the observations document when it cannot be read', async () => {
  server.use(documentHttpError('observations/energy-use.json', 500));
  renderApp('/indicators/energy-use');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Det gick inte att läsa observations/energy-use.json');
  expect(screen.getByRole('heading', { level: 1, name: 'Indikatorn kunde inte visas' })).toBeInTheDocument();
});

test('still shows the values when goals.json fails, and names it', async () => {
  server.use(documentHttpError('goals.json', 404));
  renderApp('/indicators/energy-use?view=table');
  expect(await screen.findByRole('heading', { level: 1, name: 'Energianvändning' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Det gick inte att läsa goals.json');
  expect(tableBodyRows(await findValuesTable()).length).toBeGreaterThan(0);
});

test('says so when the indicator has no values and no target', async () => {
  const dataset = createDatasetFixture();
  server.use(documentBody('observations/tenant-satisfaction.json', { ...dataset.observations['tenant-satisfaction'], series: [] }));
  renderApp('/indicators/tenant-satisfaction');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nöjda hyresgäster' })).toBeInTheDocument();
  expect(screen.getByText('Det finns inga värden i den valda perioden.')).toBeInTheDocument();
  expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
});

test('says so when every series is switched off', async () => {
  const { user } = renderApp('/indicators/solar-power');
  await user.click(await screen.findByRole('checkbox', { name: 'Alfastaden' }));
  await user.click(screen.getByRole('checkbox', { name: 'Betahamnen' }));
  expect(screen.getByText('Välj minst en serie för att se värden.')).toBeInTheDocument();
  expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
});

test('works without events when events.json is empty', async () => {
  server.use(documentEmpty('events.json'));
  renderApp('/indicators/energy-use');
  expect(await screen.findByRole('tab', { name: 'Diagram' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Händelser i perioden' })).not.toBeInTheDocument();
});

test('the embed renders only the chart, its sentence and its source, in its own main landmark', async () => {
  renderApp('/en/embed/indicators/energy-use?from=2020&series=alpha');
  expect(await screen.findByRole('heading', { level: 1, name: 'Energy use' })).toBeInTheDocument();
  expect(screen.getAllByRole('main')).toHaveLength(1);
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  expect(screen.getByText(/Since 2015, energy use in Alpha Town has fallen 63%/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Testkällan energi' })).toHaveAttribute('href', 'https://example.org/energy');
  expect(screen.getByRole('link', { name: 'See the indicator with table and method' })).toHaveAttribute(
    'href',
    '/en/indicators/energy-use?from=2020&to=2030&series=alpha',
  );
});

test('the embed of an internal indicator says it is not found', async () => {
  renderApp('/embed/indicators/meter-coverage');
  expect(await screen.findByRole('heading', { level: 1, name: 'Indikatorn finns inte' })).toBeInTheDocument();
  expect(screen.getAllByRole('main')).toHaveLength(1);
});
