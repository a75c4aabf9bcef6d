import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { documentBody, documentHttpError } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { renderApp } from '../../tests/render';

test('the start page introduces the districts from the data in Swedish', async () => {
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Testdata för två stadsdelar' })).toBeInTheDocument();
  expect(await screen.findByText(/Här kan du följa Alfastaden och Betahamnen/)).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 3, name: 'Alfastaden' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Mer om Betahamnen' })).toHaveAttribute('href', '/areas/beta');
  // The population is formatted for Swedish: 12 000 with a no-break space.
  expect(screen.getByText((_, element) => element?.tagName === 'DD' && element.textContent === '12\u00a0000')).toBeInTheDocument();
});

test('the start page shows headline results with a sentence each', async () => {
  renderApp('/');
  const section = (await screen.findByRole('heading', { level: 2, name: 'Resultat i korthet' })).closest('section');
  if (!section) throw new Error('no headline section');
  await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3));
  // Energy use in Alpha fell from 150 to 55: the largest measured-or-not change with both ends measured? (55 is estimated)
  expect(within(section).getAllByText(/har (minskat|ökat)/).length).toBeGreaterThanOrEqual(3);
  // Internal indicators never reach public views.
  expect(within(section).queryByText(/mätartäckning/i)).not.toBeInTheDocument();
});

test('every headline number carries its period, and the overdue flag when its update is late', async () => {
  renderApp('/', { today: new Date('2040-06-01T12:00:00Z') });
  const section = (await screen.findByRole('heading', { level: 2, name: 'Resultat i korthet' }, { timeout: 10_000 })).closest('section');
  if (!section) throw new Error('no headline section');
  await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
  for (const card of within(section).getAllByRole('listitem')) {
    expect(card.querySelector('.big-number time')?.textContent).toMatch(/(19|20)\d\d$/);
    // In 2040 every value of the test data is more than two update periods old.
    expect(within(card).getByText('Försenad uppdatering')).toBeInTheDocument();
  }
});

test('a headline whose data is up to date has no overdue flag', async () => {
  renderApp('/', { today: new Date('2026-02-01T12:00:00Z') });
  const section = (await screen.findByRole('heading', { level: 2, name: 'Resultat i korthet' }, { timeout: 10_000 })).closest('section');
  if (!section) throw new Error('no headline section');
  await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3));
  const fresh = within(section)
    .getAllByRole('listitem')
    .filter((card) => card.querySelector('.big-number time')?.textContent === '2025');
  expect(fresh.length).toBeGreaterThan(0);
  for (const card of fresh) expect(within(card).queryByText('Försenad uppdatering')).not.toBeInTheDocument();
});

test('the sample-data notice shows the dataset note whenever isSample is true', async () => {
  renderApp('/');
  const notice = await screen.findByRole('complementary', { name: 'Exempeldata' });
  expect(notice).toHaveTextContent('Alla värden i testdatan är påhittade.');
});

test('no sample notice when the dataset is not a sample', async () => {
  server.use(documentBody('meta.json', { ...createDatasetFixture().meta, isSample: false }));
  renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Testdata för två stadsdelar' });
  expect(screen.queryByRole('complementary', { name: 'Exempeldata' })).not.toBeInTheDocument();
});

test('the language switch opens the same page in English, with the language in the URL', async () => {
  const { user, router } = renderApp('/about');
  await screen.findByRole('heading', { level: 1, name: 'Om Grow Smarter Monitor' });
  await user.click(screen.getByRole('link', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'About Grow Smarter Monitor' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/en/about');
  // Written in an effect, which may run after the new heading is in the DOM.
  await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  // Navigation keeps the language.
  expect(screen.getByRole('link', { name: 'Summary' })).toHaveAttribute('href', '/en/summary');
  await user.click(screen.getByRole('link', { name: 'Svenska' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Om Grow Smarter Monitor' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/about');
});

test('English numbers and dates are formatted for English', async () => {
  renderApp('/en/about');
  expect((await screen.findAllByText('20 May 2026')).length).toBeGreaterThan(0);
  expect(screen.getByRole('link', { name: 'Svenska' })).toBeInTheDocument();
});

test('the main navigation reaches every page and marks the current one', async () => {
  const { user } = renderApp('/');
  const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
  const links = within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
  expect(links).toEqual(['Start', 'Sammanfattning', 'Indikatorer', 'Karta', 'Vad har ändrats', 'Om']);
  await user.click(within(nav).getByRole('link', { name: 'Om' }));
  await screen.findByRole('heading', { level: 1, name: 'Om Grow Smarter Monitor' });
  expect(within(nav).getByRole('link', { name: 'Om' })).toHaveAttribute('aria-current', 'page');
  await waitFor(() => expect(document.title).toBe('Om Grow Smarter Monitor – Grow Smarter Monitor'));
});

test('the phone menu button opens and closes the navigation, with Escape and on every new page', async () => {
  const { user } = renderApp('/');
  const button = await screen.findByRole('button', { name: 'Meny' });
  const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(button).toHaveAttribute('aria-controls', nav.id);
  expect(nav).not.toHaveAttribute('data-open');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(nav).toHaveAttribute('data-open');
  within(nav).getByRole('link', { name: 'Karta' }).focus();
  await user.keyboard('{Escape}');
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(button).toHaveFocus();
  await user.click(button);
  await user.click(within(nav).getByRole('link', { name: 'Om' }));
  await screen.findByRole('heading', { level: 1, name: 'Om Grow Smarter Monitor' }, { timeout: 10_000 });
  expect(screen.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'false');
});

test('a skip link leads to the main content', async () => {
  renderApp('/');
  expect(await screen.findByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#main');
  expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
});

test('an unknown address shows a page-not-found message inside the layout', async () => {
  renderApp('/no/such/page');
  expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
});

test('a failing document fails only its own section, naming the document', async () => {
  server.use(documentHttpError('areas.geojson', 500));
  renderApp('/');
  const alerts = await screen.findAllByRole('alert');
  expect(alerts[0]).toHaveTextContent('Det gick inte att läsa areas.geojson');
  expect(alerts[0]).toHaveTextContent('Servern svarade med felkod 500.');
  // The page itself and the navigation still work.
  expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Gå vidare' })).toBeInTheDocument();
});

test('a broken meta.json leaves the rest of the dashboard working', async () => {
  server.use(documentBody('meta.json', '<html>'));
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 3, name: 'Alfastaden' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Grow Smarter Monitor' })).toBeInTheDocument();
});

test('a document with an unsupported version is refused with a clear message', async () => {
  server.use(documentBody('areas.geojson', { ...createDatasetFixture().areas, apiVersion: '2' }));
  renderApp('/en');
  const alert = (await screen.findAllByRole('alert'))[0];
  expect(alert).toHaveTextContent('areas.geojson could not be read');
  expect(alert).toHaveTextContent('uses a version of the data format that this page cannot read');
});

test('dropped records are counted in a visible data-quality notice', async () => {
  const areas = createDatasetFixture().areas;
  server.use(documentBody('areas.geojson', { ...areas, features: [...areas.features, { type: 'Feature', id: 'broken', geometry: null, properties: {} }] }));
  renderApp('/');
  expect(await screen.findByText('1 post i datan hade fel och visas inte')).toBeInTheDocument();
  expect(screen.getByText(/features\[2\]/)).toBeInTheDocument();
});

test('data text is rendered as text, never as HTML', async () => {
  const areas = createDatasetFixture().areas;
  const evil = '<img src=x onerror=alert(1)>';
  server.use(
    documentBody('areas.geojson', {
      ...areas,
      features: areas.features.map((feature, index) => (index === 0 ? { ...feature, properties: { ...feature.properties, name: { sv: evil } } } : feature)),
    }),
  );
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 3, name: evil })).toBeInTheDocument();
  expect(document.querySelector('img[src="x"]')).toBeNull();
});

test('the about page shows publisher, licence, update date, sources and the accessibility statement', async () => {
  renderApp('/about');
  expect((await screen.findAllByRole('link', { name: 'Testförvaltningen' }))[0]).toHaveAttribute('href', 'https://example.org/publisher');
  // The footer names the licence too, so every link to it must point to the licence text.
  for (const link of screen.getAllByRole('link', { name: 'CC BY 4.0' })) expect(link).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  const dataFacts = screen.getByRole('region', { name: 'Om datan' });
  expect(within(dataFacts).getByText('20 maj 2026')).toBeVisible();
  expect(await screen.findByRole('link', { name: 'Testkällan energi' })).toBeInTheDocument();
  // The internal indicator's source is not listed.
  expect(screen.queryByText('Internt system')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Tillgänglighetsredogörelse' })).toBeInTheDocument();
});

test('the accessibility statement gives the dataset contact as the way to report a problem', async () => {
  server.use(
    documentBody('meta.json', {
      ...createDatasetFixture().meta,
      contact: { name: 'Testkontoret', email: 'hjalp@example.org', url: 'https://example.org/kontakt' },
    }),
  );
  renderApp('/about');
  const statement = (await screen.findByRole('heading', { level: 2, name: 'Tillgänglighetsredogörelse' })).closest('section');
  if (!statement) throw new Error('no accessibility section');
  await waitFor(() => expect(within(statement).getByRole('link', { name: 'hjalp@example.org' })).toHaveAttribute('href', 'mailto:hjalp@example.org'));
  expect(within(statement).getByRole('link', { name: /kontaktformulär/i })).toHaveAttribute('href', 'https://example.org/kontakt');
  expect(statement).toHaveTextContent('Testkontoret');
  expect(statement).not.toHaveTextContent('se ovan');
});

test('without a contact the accessibility statement says that none is given, rather than pointing nowhere', async () => {
  renderApp('/en/about');
  const statement = (await screen.findByRole('heading', { level: 2, name: 'Accessibility statement' })).closest('section');
  if (!statement) throw new Error('no accessibility section');
  await waitFor(() => expect(statement).toHaveTextContent(/The dataset names no contact yet/));
  expect(within(statement).getByRole('link', { name: 'Testförvaltningen' })).toBeInTheDocument();
});
