import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { documentBody, documentHttpError } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';
import { readWorkbook, values } from '../../../tests/xlsx-reader';

const NB = '\u00a0';

async function openSummary(url = '/summary') {
  const rendered = renderApp(url);
  await screen.findAllByRole('article', undefined, { timeout: 5000 });
  return rendered;
}

function goal(name: string | RegExp) {
  return screen.getByRole('article', { name });
}

function district(card: HTMLElement, indicatorName: string, areaName: string) {
  const row = within(card).getByRole('region', { name: new RegExp(`^${indicatorName}`) });
  return within(row).getByRole('group', { name: areaName });
}

test('the summary opens with the conclusion: how many targets are achieved or on track, and the update date', async () => {
  await openSummary();
  expect(screen.getByRole('heading', { level: 1, name: 'Så går det med de gemensamma målen' })).toBeInTheDocument();
  expect(screen.getByText('4 av 8 mål är uppnådda eller i fas.')).toBeInTheDocument();
  expect(screen.getByText('Alfastaden: 3 av 4 mål uppnådda eller i fas.')).toBeInTheDocument();
  expect(screen.getByText('Betahamnen: 1 av 4 mål uppnådda eller i fas.')).toBeInTheDocument();
  expect(screen.getByText('3 mål har försenade uppdateringar.')).toBeInTheDocument();
  const main = screen.getByRole('main');
  expect(within(main).getByText('20 maj 2026')).toHaveAttribute('datetime', '2026-05-20T08:00:00Z');
  const counts = screen.getByRole('list', { name: 'Antal mål per status' });
  expect(
    within(counts)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Uppnått 2', 'I fas 2', 'Risk att missa 1', 'Efter plan 2', 'Inga data 1', 'Försenad uppdatering 3']);
});

test('the sample notice is shown once, by the layout, not repeated by the summary', async () => {
  await openSummary();
  expect(screen.getAllByRole('complementary', { name: 'Exempeldata' })).toHaveLength(1);
});

test('one card per goal, with every status shown as text for the districts side by side', async () => {
  await openSummary();
  expect(screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([
    'Lägre energianvändning i husen',
    'Mer solel',
    'Färre bilplatser, fler laddplatser',
    'Nya bostäder',
  ]);
  const energy = goal('Lägre energianvändning i husen');
  expect(within(district(energy, 'Energianvändning', 'Alfastaden')).getByText('Uppnått')).toBeVisible();
  expect(within(district(energy, 'Energianvändning', 'Betahamnen')).getByText('Efter plan')).toBeVisible();
  const solar = goal('Mer solel');
  expect(within(district(solar, 'Solel', 'Alfastaden')).getByText('I fas')).toBeVisible();
  // Beside the badge: why it is "I fas" although the plan for today is further along.
  expect(district(solar, 'Solel', 'Alfastaden')).toHaveTextContent(
    /låg värdet (\d+ procentenheter efter planen, inom marginalen på 10 procentenheter|före planen)\./,
  );
  expect(within(district(solar, 'Solel', 'Betahamnen')).getByText('Risk att missa')).toBeVisible();
  const parking = goal('Färre bilplatser, fler laddplatser');
  expect(within(district(parking, 'Laddplatser', 'Alfastaden')).getByText('Inga data')).toBeVisible();
  const homes = goal('Nya bostäder');
  const alphaHomes = district(homes, 'Färdiga bostäder', 'Alfastaden');
  expect(within(alphaHomes).getByText('Uppnått')).toBeVisible();
  expect(within(alphaHomes).getByText('Försenad uppdatering')).toBeVisible();
});

test('each district has its latest value and year, a progress text and one generated finding', async () => {
  await openSummary();
  const beta = district(goal('Lägre energianvändning i husen'), 'Energianvändning', 'Betahamnen');
  expect(beta).toHaveTextContent('Senaste värde: 95 kWh/m² och år (2025)');
  // textContent keeps Intl's no-break spaces (toHaveTextContent would fold them into spaces).
  // The plan is the one the status is judged against: at the latest value's period, not today.
  expect(beta.textContent).toContain(`11${NB}% av förändringen är gjord. Planen för 2025: 64${NB}%. Nästa värde väntas för 2026.`);
  expect(beta.textContent).toContain(
    `Energianvändning minskar, men för långsamt för målet på 55 kWh/m² och år till 2030. Sedan 2016 har energianvändning minskat med 5,0${NB}%.`,
  );
  const alphaHomes = district(goal('Nya bostäder'), 'Färdiga bostäder', 'Alfastaden');
  expect(alphaHomes).toHaveTextContent('Senaste värdet är från 2022, och en nyare uppdatering är försenad.');
});

test('a goal with a target in one district only says "no target" for the other, with its latest value', async () => {
  await openSummary();
  const parking = goal('Färre bilplatser, fler laddplatser');
  const betaCharging = district(parking, 'Laddplatser', 'Betahamnen');
  expect(within(betaCharging).getByText('Inget mål här')).toBeVisible();
  expect(betaCharging).toHaveTextContent('Senaste värde: 18 % av bilplatserna (2025)');
  const alphaCars = district(parking, 'Bilplatser per bostad', 'Alfastaden');
  expect(within(alphaCars).getByText('Inget mål här')).toBeVisible();
  expect(alphaCars).toHaveTextContent('Inga mätvärden ännu');
});

test('each row links to its indicator page in the current language', async () => {
  await openSummary();
  expect(within(goal('Mer solel')).getByRole('link', { name: 'Solel' })).toHaveAttribute('href', '/indicators/solar-power');
  screen.getByRole('link', { name: 'Färdiga bostäder' });
});

test('the sources of the indicators shown are listed once each', async () => {
  await openSummary();
  const sources = screen.getByRole('region', { name: 'Källor' });
  expect(
    within(sources)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Testkällan energi (Energianvändning)',
    'Testkällan sol (Solel)',
    'Testkällan resor (Laddplatser, Bilplatser per bostad)',
    'Testkällan bostäder (Färdiga bostäder)',
  ]);
  expect(within(sources).getByRole('link', { name: 'Testkällan energi' })).toHaveAttribute('href', 'https://example.org/energy');
});

test('per resident divides totals, says what was divided by what, and says so where a district has no population', async () => {
  await openSummary('/summary?compare=per-resident');
  expect(screen.getByRole('radio', { name: 'Per 1 000 invånare' })).toBeChecked();
  expect(screen.getByText(/^Totaler, som antal bostäder, är delade med antalet invånare/)).toBeInTheDocument();
  const homes = goal('Nya bostäder');
  const alpha = district(homes, 'Färdiga bostäder', 'Alfastaden');
  expect(alpha.textContent).toContain(`Senaste värde: 27 bostäder per 1${NB}000 invånare (2022)`);
  expect(alpha.textContent).toContain(`322 bostäder (2022) ÷ 12${NB}000 invånare (2022)`);
  const beta = district(homes, 'Färdiga bostäder', 'Betahamnen');
  expect(beta).toHaveTextContent('Antal invånare saknas för Betahamnen, så det finns inget värde per invånare.');
  expect(beta).not.toHaveTextContent('Senaste värde');
  // Already normalised: shown as published, and the row says why.
  const energy = goal('Lägre energianvändning i husen');
  expect(within(energy).getByText('Redan ett jämförbart mått, så det visas som det är.')).toBeInTheDocument();
  expect(district(energy, 'Energianvändning', 'Betahamnen')).toHaveTextContent('Senaste värde: 95 kWh/m² och år (2025)');
});

test('per m² of heated floor area divides building totals and names the missing floor area', async () => {
  await openSummary('/summary?compare=per-m2');
  const solar = goal('Mer solel');
  const alpha = district(solar, 'Solel', 'Alfastaden').textContent;
  expect(alpha).toContain(`Senaste värde: 0,15 MWh per år per 1${NB}000 m² uppvärmd yta (2025)`);
  expect(alpha).toContain(`60,0 MWh per år (2025) ÷ 400${NB}000 m² uppvärmd yta (2025)`);
  expect(district(solar, 'Solel', 'Betahamnen')).toHaveTextContent('Uppvärmd yta saknas för Betahamnen, så det finns inget värde per m².');
});

test('the choices are form controls that write the URL, and the cards follow them', async () => {
  const { user, router } = await openSummary();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Ämne' }), 'Energi');
  await waitFor(() => expect(router.state.location.search).toBe('?domain=energy'));
  expect(screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([
    'Lägre energianvändning i husen',
    'Mer solel',
  ]);
  expect(screen.getByText('2 av 4 mål är uppnådda eller i fas.')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Per 1 000 m² uppvärmd yta' }));
  await waitFor(() => expect(router.state.location.search).toBe('?compare=per-m2&domain=energy'));
  await user.click(screen.getByRole('radio', { name: 'Som publicerat' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Ämne' }), 'Alla ämnen');
  await waitFor(() => expect(router.state.location.search).toBe(''));
  expect(screen.getAllByRole('article')).toHaveLength(4);
});

test('a shared English link restores the language, the topic and the comparison', async () => {
  await openSummary('/en/summary?compare=per-resident&domain=housing');
  expect(screen.getByRole('heading', { level: 1, name: 'How the shared goals are going' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('housing');
  expect(screen.getByRole('radio', { name: 'Per 1,000 residents' })).toBeChecked();
  expect(screen.getAllByRole('article')).toHaveLength(1);
  const beta = district(goal('New homes'), 'Homes completed', 'Beta Harbour');
  expect(beta).toHaveTextContent('Beta Harbour has no population figure, so there is no value per resident.');
  expect(within(beta).getByText('Off track')).toBeVisible();
  expect(screen.getByText('1 of 2 targets is achieved or on track.')).toBeInTheDocument();
  expect(screen.queryByText(/Uppnått|Efter plan|Senaste värde/)).not.toBeInTheDocument();
});

test('the link back to the view carries language and choices, as text and as a QR code', async () => {
  await openSummary('/summary?domain=energy');
  const share = screen.getByRole('region', { name: 'Länk till den här vyn' });
  const link = within(share).getByRole('link');
  expect(link).toHaveAttribute('href', expect.stringMatching(/\/sv\/summary\?domain=energy$/));
  expect(link.textContent).toBe(link.getAttribute('href'));
  const qr = await within(share).findByRole('img', undefined, { timeout: 5000 });
  expect(qr).toHaveAccessibleName(`QR-kod med länken ${link.getAttribute('href') ?? ''}`);
  expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
});

test('the print button prints the page', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  const { user } = await openSummary();
  await user.click(screen.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test('a failing goals.json fails the scorecard with a message naming the file', async () => {
  server.use(documentHttpError('goals.json'));
  renderApp('/summary');
  const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
  expect(alert).toHaveTextContent('Det gick inte att läsa goals.json');
  expect(alert).toHaveTextContent('Servern svarade med felkod 500.');
  expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
});

test('a failing observations file names that file', async () => {
  server.use(documentHttpError('observations/solar-power.json', 503));
  renderApp('/en/summary');
  expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent('observations/solar-power.json could not be read');
});

test('a topic without goals says so and offers all topics; no goals at all says that', async () => {
  const fixture = createDatasetFixture();
  server.use(documentBody('goals.json', { ...fixture.goals, goals: fixture.goals.goals.filter((item) => item.id === 'lower-energy') }));
  renderApp('/summary?domain=housing');
  expect(await screen.findByText('Det finns inga mål inom bostäder.', undefined, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Visa alla ämnen' })).toHaveAttribute('href', '/summary');
  expect(screen.getByText('Det finns inga mål att visa.')).toBeInTheDocument();
});

test('an empty goals.json says there are no shared goals yet', async () => {
  server.use(documentBody('goals.json', { apiVersion: '1', goals: [] }));
  renderApp('/summary');
  expect(await screen.findByText('Det finns inga gemensamma mål i datan ännu.', undefined, { timeout: 5000 })).toBeInTheDocument();
});

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

test('the comparison downloads as Excel (one row per district cell shown, in English) and as CSV for software', async () => {
  const blobs = captureDownloads();
  const { user } = await openSummary('/en/summary?compare=per-resident&domain=housing');
  const shownCells = screen.getAllByRole('article').flatMap((card) =>
    within(card)
      .getAllByRole('region')
      .flatMap((row) =>
        within(row)
          .getAllByRole('group')
          .map((cell) => `${row.querySelector('h3 a')?.textContent} / ${cell.querySelector('h4')?.textContent}`),
      ),
  );
  expect(shownCells.length).toBeGreaterThan(1);
  // The buttons load after the cards.
  await user.click(await screen.findByRole('button', { name: 'Download Excel' }, { timeout: 10_000 }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  const [data, about] = await readWorkbook(blobs[0] as Blob);
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Comparison');
  const [header = [], ...rows] = values(data);
  expect(rows.map((row) => `${String(row[header.indexOf('Indicator')])} / ${String(row[header.indexOf('District')])}`)).toEqual(shownCells);
  expect(header).toContain('Compared value: per 1,000 residents');
  expect(about.name).toBe('About the data');
  expect(screen.getByText('summary_housing_per-resident.xlsx has been downloaded.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Download CSV (for software)' }));
  await waitFor(() => expect(blobs).toHaveLength(2));
  const lines = (await (blobs[1] as Blob).text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^goal_id,goal,indicator_id,indicator,area_id,district,unit,latest_value,latest_period,comparison,compared_value/);
  expect(lines).toHaveLength(shownCells.length + 1);
});
