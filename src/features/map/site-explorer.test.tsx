import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { documentBody, documentHttpError } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';
import { PHONE_QUERY } from '../../lib/media/use-media-query';

async function siteList() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Platserna som lista' });
  const section = heading.closest('section');
  if (!section) throw new Error('no list section');
  await within(section).findAllByRole('button');
  return section;
}

const siteButtons = (section: HTMLElement) =>
  within(section)
    .getAllByRole('button')
    .filter((button) => button.hasAttribute('data-site-id'));

test('the map page lists every site in the data under its district, and says how many', async () => {
  renderApp('/map');
  expect(await screen.findByRole('heading', { level: 1, name: 'Karta över pilotprojekten' })).toBeInTheDocument();
  const list = await siteList();
  expect(siteButtons(list)).toHaveLength(4);
  expect(within(list).getByRole('heading', { level: 3, name: /Alfastaden/ })).toBeInTheDocument();
  expect(within(list).getByRole('heading', { level: 3, name: /Betahamnen/ })).toBeInTheDocument();
  expect(within(list).getByRole('link', { name: 'Mer om Betahamnen' })).toHaveAttribute('href', '/areas/beta');
  expect(screen.getByText('Visar alla 4 platser.')).toBeInTheDocument();
});

test('each site in the list says its domain and status in words, not only by symbol', async () => {
  renderApp('/map');
  const list = await siteList();
  expect(within(list).getByRole('button', { name: /Laddgaraget\s*Mobilitet · Planerad/ })).toBeInTheDocument();
  expect(within(list).getByRole('button', { name: /Solcellstaket\s*Energi · Pågår/ })).toBeInTheDocument();
});

test('without WebGL the map says so, and the list still works', async () => {
  const { user } = renderApp('/map');
  expect(await screen.findByText(/Kartan kan inte visas i den här webbläsaren/)).toBeInTheDocument();
  const list = await siteList();
  await user.click(within(list).getByRole('button', { name: /Kajhusen/ }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Kajhusen' })).toBeInTheDocument();
});

test('filtering by domain narrows the list and puts the filter in the URL', async () => {
  const { user, router } = renderApp('/map');
  const list = await siteList();
  await user.click(screen.getByRole('checkbox', { name: /Energi/ }));
  await waitFor(() => expect(siteButtons(list)).toHaveLength(2));
  expect(screen.getByText('Visar 2 av 4 platser.')).toBeInTheDocument();
  expect(router.state.location.search).toBe('?domain=mobility%2Chousing');
  await user.click(screen.getByRole('button', { name: 'Visa alla platser' }));
  await waitFor(() => expect(siteButtons(list)).toHaveLength(4));
  expect(router.state.location.search).toBe('');
});

test('the search box narrows list and count as you type, writes q to the URL, and "show all" clears it', async () => {
  const { user, router } = renderApp('/map');
  const list = await siteList();
  const box = screen.getByRole('searchbox', { name: 'Sök' });
  expect(box).toHaveAccessibleDescription(/namn eller beskrivning/);
  await user.type(box, 'fonster');
  await waitFor(() => expect(siteButtons(list).map((button) => button.dataset.siteId)).toEqual(['alpha-block-1']));
  expect(box).toHaveValue('fonster');
  expect(screen.getByText('Visar 1 av 4 platser.')).toBeInTheDocument();
  expect(router.state.location.search).toBe('?q=fonster');
  await user.click(screen.getByRole('button', { name: 'Visa alla platser' }));
  await waitFor(() => expect(siteButtons(list)).toHaveLength(4));
  expect(box).toHaveValue('');
  expect(router.state.location.search).toBe('');
});

test('a shared link with a search opens with the box filled and the list narrowed', async () => {
  renderApp('/en/map?q=garage');
  const heading = await screen.findByRole('heading', { level: 2, name: 'The sites as a list' });
  const list = heading.closest('section') as HTMLElement;
  await waitFor(() => expect(siteButtons(list).map((button) => button.dataset.siteId)).toEqual(['beta-charging']));
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('garage');
});

test('filters from a shared link are applied on load and shown as checked boxes', async () => {
  renderApp('/map?status=planned');
  const list = await siteList();
  expect(siteButtons(list).map((button) => button.dataset.siteId)).toEqual(['beta-charging']);
  expect(screen.getByRole('checkbox', { name: /Planerad/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Klar/ })).not.toBeChecked();
});

test('when no site matches, the list says so and offers to show all', async () => {
  const { user } = renderApp('/map?domain=');
  expect(await screen.findByText('Inga platser matchar filtren.')).toBeInTheDocument();
  const list = screen.getByRole('heading', { level: 2, name: 'Platserna som lista' }).closest('section') as HTMLElement;
  await user.click(within(list).getByRole('button', { name: 'Visa alla platser' }));
  await waitFor(() => expect(siteButtons(list)).toHaveLength(4));
});

test('selecting a site in the list opens its panel with everything about it, and the URL names it', async () => {
  const { user, router } = renderApp('/map');
  const list = await siteList();
  const button = within(list).getByRole('button', { name: /Kvarteret Ett/ });
  await user.click(button);
  const heading = await screen.findByRole('heading', { level: 2, name: 'Kvarteret Ett' });
  const panel = heading.closest('section') as HTMLElement;
  expect(panel).toHaveAccessibleName('Kvarteret Ett');
  await waitFor(() => expect(heading).toHaveFocus());
  expect(button).toHaveAttribute('aria-current', 'true');
  expect(router.state.location.search).toBe('?site=alpha-block-1');
  expect(within(panel).getByText('Tilläggsisolering och nya fönster.')).toBeInTheDocument();
  expect(within(panel).getByText('Energi: Energirenovering')).toBeInTheDocument();
  expect(within(panel).getByText('Status: Klar')).toBeInTheDocument();
  expect(within(panel).getByText('Startade').nextElementSibling).toHaveTextContent('2016');
  expect(within(panel).getByText('Klar', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2019');
  expect(within(panel).getByText('Lägenheter')).toBeInTheDocument();
  expect(within(panel).getByText('120')).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: 'Alfastaden' })).toHaveAttribute('href', '/areas/alpha');
  // What came of it: the site's own series, before → after with the change, linked to the indicator.
  const results = (await within(panel).findByRole('heading', { name: 'Resultat på platsen' })).nextElementSibling as HTMLElement;
  expect(within(results).getByRole('link', { name: 'Energianvändning' })).toHaveAttribute('href', '/indicators/energy-use');
  expect(results).toHaveTextContent(/2015: 132 → 2019: 38 kWh\/m² och år/);
  expect(results).toHaveTextContent(/Förändring: −94 kWh\/m² och år \(−71\s?%\)/);
  expect(results.querySelector('svg path')).not.toBeNull();
  const linkedList = within(panel).getByRole('heading', { name: 'Indikatorer för platsen' }).nextElementSibling as HTMLElement;
  expect(within(linkedList).getByRole('link', { name: 'Energianvändning' })).toHaveAttribute('href', '/indicators/energy-use');
  // The internal indicator linked in the data is never shown.
  expect(within(panel).queryByText(/mätartäckning/i)).not.toBeInTheDocument();
  const events = within(panel).getByRole('heading', { level: 3, name: 'Händelser' }).nextElementSibling as HTMLElement;
  expect(
    within(events)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['mars 2016: Renoveringen börjar', '2019: Renoveringen klar']);
  expect(within(panel).getByText('Uppgifterna uppdaterades 20 maj 2026.')).toBeInTheDocument();
});

test('Escape closes the panel, clears the URL and puts focus back on the site’s button', async () => {
  const { user, router } = renderApp('/map');
  const list = await siteList();
  await user.click(within(list).getByRole('button', { name: /Solcellstaket/ }));
  const heading = await screen.findByRole('heading', { level: 2, name: 'Solcellstaket' });
  await waitFor(() => expect(heading).toHaveFocus());
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Solcellstaket' })).not.toBeInTheDocument());
  expect(router.state.location.search).toBe('');
  await waitFor(() => expect(within(list).getByRole('button', { name: /Solcellstaket/ })).toHaveFocus());
});

test('the close button closes the panel too', async () => {
  const { user } = renderApp('/map?site=beta-homes');
  expect(await screen.findByRole('heading', { level: 2, name: 'Kajhusen' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Stäng' }));
  await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Kajhusen' })).not.toBeInTheDocument());
});

test('keyboard only: Tab to a site, Enter opens its panel', async () => {
  const { user } = renderApp('/map');
  const list = await siteList();
  const target = within(list).getByRole('button', { name: /Laddgaraget/ });
  for (let step = 0; step < 60 && document.activeElement !== target; step++) await user.tab();
  expect(target).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 2, name: 'Laddgaraget' })).toHaveFocus();
});

test('a shared link naming a site opens its panel', async () => {
  renderApp('/map?site=beta-charging&lon=18.11&lat=59.41&z=15');
  const heading = await screen.findByRole('heading', { level: 2, name: 'Laddgaraget' });
  // Opened from a link, not by the user: focus stays with the page heading flow.
  expect(heading).not.toHaveFocus();
});

test('a link naming a site that is not in the data says so', async () => {
  renderApp('/map?site=no-such-site');
  expect(await screen.findByText(/Platsen i adressen finns inte i datan/)).toBeInTheDocument();
});

test('hiding the selected site with a filter closes its panel', async () => {
  const { user, router } = renderApp('/map?site=beta-charging');
  await screen.findByRole('heading', { level: 2, name: 'Laddgaraget' });
  await user.click(screen.getByRole('checkbox', { name: /Mobilitet/ }));
  await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Laddgaraget' })).not.toBeInTheDocument());
  expect(router.state.location.search).toBe('?domain=energy%2Chousing');
});

test('a site name with HTML in it is shown as text, in the list and the panel, and nothing is created from it', async () => {
  const fixture = createDatasetFixture();
  const evil = '<img src=x onerror=alert(1)>';
  const [first] = fixture.sites.features;
  if (!first) throw new Error('no site');
  first.properties.name = { sv: evil, en: evil };
  first.properties.summary = { sv: '<script>alert(2)</script>' };
  first.properties.url = 'javascript:alert(3)';
  server.use(documentBody('sites.geojson', fixture.sites));
  const { user, container } = renderApp('/map');
  const list = await siteList();
  const button = within(list).getByRole('button', { name: new RegExp(evil.replace(/[()]/g, '\\$&')) });
  await user.click(button);
  const heading = await screen.findByRole('heading', { level: 2, name: evil });
  expect(heading.textContent).toBe(evil);
  expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
  expect(container.querySelector('img, script')).toBeNull();
  // A javascript: link from the data is not rendered as a link.
  expect(screen.queryByRole('link', { name: 'Läs mer om platsen' })).not.toBeInTheDocument();
});

test('an https link from the data is shown as a link to read more', async () => {
  const fixture = createDatasetFixture();
  const [first] = fixture.sites.features;
  if (!first) throw new Error('no site');
  first.properties.url = 'https://example.org/block-one';
  server.use(documentBody('sites.geojson', fixture.sites));
  renderApp('/map?site=alpha-block-1');
  expect(await screen.findByRole('link', { name: 'Läs mer om platsen' })).toHaveAttribute('href', 'https://example.org/block-one');
});

test('a broken sites.geojson fails the list with the document’s name; the rest of the page stays', async () => {
  server.use(documentHttpError('sites.geojson', 500));
  renderApp('/map');
  expect(await screen.findByRole('heading', { name: 'Det gick inte att läsa sites.geojson' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Karta över pilotprojekten' })).toBeInTheDocument();
});

test('the whole view is in English under /en', async () => {
  const { user } = renderApp('/en/map');
  expect(await screen.findByRole('heading', { level: 1, name: 'Map of the pilot projects' })).toBeInTheDocument();
  const heading = await screen.findByRole('heading', { level: 2, name: 'The sites as a list' });
  const list = heading.closest('section') as HTMLElement;
  await waitFor(() => expect(siteButtons(list)).toHaveLength(4));
  expect(within(list).getByRole('button', { name: /Charging garage\s*Mobility · Planned/ })).toBeInTheDocument();
  expect(within(list).getByRole('link', { name: 'More about Beta Harbour' })).toHaveAttribute('href', '/en/areas/beta');
  expect(screen.getByRole('heading', { level: 2, name: 'Legend' })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: 'Topic' })).toBeInTheDocument();
  await user.click(within(list).getByRole('button', { name: /Block One/ }));
  const panel = (await screen.findByRole('heading', { level: 2, name: 'Block One' })).closest('section') as HTMLElement;
  expect(within(panel).getByText('Energy: Energy refurbishment')).toBeInTheDocument();
  const events = within(panel).getByRole('heading', { level: 3, name: 'Events' }).nextElementSibling as HTMLElement;
  expect(
    within(events)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['March 2016: Refurbishment starts', '2019: Refurbishment done']);
  expect(screen.queryByText(/Kvarteret/)).not.toBeInTheDocument();
});

test('the legend explains shapes, colours, fills, clusters and districts in words', async () => {
  renderApp('/map');
  const legend = (await screen.findByRole('heading', { level: 2, name: 'Teckenförklaring' })).closest('section') as HTMLElement;
  for (const text of [
    'Energi (cirkel)',
    'Mobilitet (fyrkant)',
    'Bostäder (romb)',
    'Klar (fylld)',
    'Pågår (halvfylld)',
    'Planerad (ofylld)',
    'Stadsdel som följs',
    'Vald plats',
  ]) {
    expect(within(legend).getByText(text)).toBeInTheDocument();
  }
  expect(within(legend).getByText(/Flera platser nära varandra/)).toBeInTheDocument();
});

test('on a phone the map and the list are two tabs that work with the arrow keys', async () => {
  const real = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ ...real(query), matches: query === PHONE_QUERY, media: query }));
  const { user } = renderApp('/map');
  const tablist = await screen.findByRole('tablist', { name: 'Visa som' });
  const [mapTab, listTab] = within(tablist).getAllByRole('tab');
  if (!mapTab || !listTab) throw new Error('two tabs expected');
  expect(mapTab).toHaveAccessibleName('Karta');
  expect(mapTab).toHaveAttribute('aria-selected', 'true');
  const listPanel = document.getElementById(listTab.getAttribute('aria-controls') ?? '') as HTMLElement;
  expect(listPanel).toHaveAttribute('role', 'tabpanel');
  expect(listPanel).not.toBeVisible();
  await user.click(mapTab);
  await user.keyboard('{ArrowRight}');
  expect(listTab).toHaveFocus();
  expect(listTab).toHaveAttribute('aria-selected', 'true');
  await waitFor(() => expect(listPanel).toBeVisible());
  await waitFor(() => expect(siteButtons(listPanel)).toHaveLength(4));
  await user.keyboard('{Home}');
  expect(mapTab).toHaveFocus();
});

test('on a phone the map page first shows a picture of the districts and sites, with a button for the map', async () => {
  const real = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ ...real(query), matches: query === PHONE_QUERY, media: query }));
  // A browser that could draw the map: the picture stands in for it until the reader asks.
  vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
  try {
    renderApp('/map');
    const picture = await screen.findByRole('img', { name: /^Översikt över Alfastaden, Betahamnen\./ });
    await waitFor(() => expect(picture.querySelectorAll('circle').length).toBeGreaterThan(0));
    // The fixture's four sites, in fewer dots where two fall in one cell.
    expect(picture.querySelectorAll('circle').length).toBeLessThanOrEqual(4);
    expect(within(picture as unknown as HTMLElement).getByText('Alfastaden')).toBeInTheDocument();
    expect(within(picture as unknown as HTMLElement).getByText('Betahamnen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Visa kartan' })).toBeInTheDocument();
    expect(document.querySelector('.site-map__container')).toBeNull();
  } finally {
    vi.unstubAllGlobals();
  }
});
