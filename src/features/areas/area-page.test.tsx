import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { documentHttpError } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';

async function section(name: string) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

test('the district page introduces the district in plain words, from the data', async () => {
  renderApp('/areas/alpha');
  expect(await screen.findByRole('heading', { level: 1, name: 'Alfastaden' })).toBeInTheDocument();
  expect(screen.getByText('En påhittad stadsdel med renoverade hus.')).toBeInTheDocument();
  expect(await screen.findByText('I Alfastaden finns 2 pilotplatser inom energi. 1 är klar och 1 pågår.')).toBeInTheDocument();
  expect(screen.getByText('Testprogrammet')).toBeInTheDocument();
  expect(document.title).toBe('Alfastaden – Grow Smarter Monitor');
});

test('the headline indicators show the status from the shared rule, with the one status component', async () => {
  renderApp('/areas/alpha');
  const results = await section('Hur går det?');
  const card = async (name: string) => (await within(results).findByRole('link', { name })).closest('li') as HTMLElement;
  // From the fixture: energy use achieved, solar on track, EV charging no data, homes achieved but overdue.
  expect(within(await card('Energianvändning')).getByText('Uppnått')).toBeInTheDocument();
  expect(within(await card('Solel')).getByText('I fas')).toBeInTheDocument();
  expect(within(await card('Laddplatser')).getByText('Inga data')).toBeInTheDocument();
  const homes = await card('Färdiga bostäder');
  expect(within(homes).getByText('Uppnått')).toBeInTheDocument();
  expect(within(homes).getByText('Försenad uppdatering')).toBeInTheDocument();
  expect(within(await card('Energianvändning')).getByRole('link', { name: 'Energianvändning' })).toHaveAttribute('href', '/indicators/energy-use');
  // A sentence per indicator, and no internal indicator.
  expect(within(results).getByText(/Sedan 2015 har energianvändning i Alfastaden minskat med/)).toBeInTheDocument();
  expect(within(results).queryByText(/mätartäckning/i)).not.toBeInTheDocument();
  // Beta's indicators are not on Alpha's page.
  expect(within(results).queryByRole('link', { name: 'Bilplatser per bostad' })).not.toBeInTheDocument();
});

test('indicators without a target are listed after, with their value and no status', async () => {
  renderApp('/areas/alpha');
  const results = await section('Hur går det?');
  const others = await within(results).findByRole('heading', { level: 3, name: 'Fler indikatorer utan mål' });
  const list = others.nextElementSibling as HTMLElement;
  const card = within(list).getByRole('link', { name: 'Nöjda hyresgäster' }).closest('li') as HTMLElement;
  expect(within(card).getByText('76')).toBeInTheDocument();
  expect(within(card).queryByText(/I fas|Uppnått|Efter plan|Risk att missa|Inga data/)).not.toBeInTheDocument();
});

test('the district’s sites are listed (only its own) and open the same panel as on the map', async () => {
  const { user, router } = renderApp('/areas/alpha');
  const sites = await section('Platser i stadsdelen');
  await waitFor(() =>
    expect(
      within(sites)
        .getAllByRole('button')
        .filter((button) => button.hasAttribute('data-site-id')),
    ).toHaveLength(2),
  );
  expect(within(sites).queryByRole('button', { name: /Kajhusen/ })).not.toBeInTheDocument();
  expect(within(sites).getByText(/Kartan kan inte visas/)).toBeInTheDocument();
  await user.click(within(sites).getByRole('button', { name: /Solcellstaket/ }));
  expect(await within(sites).findByRole('heading', { level: 3, name: 'Solcellstaket' })).toHaveFocus();
  expect(router.state.location.search).toBe('?site=alpha-solar');
  expect(within(sites).getByRole('link', { name: 'Se alla platser på kartan' })).toHaveAttribute('href', '/map');
});

test('the timeline shows the district’s events in order, and not the other district’s', async () => {
  renderApp('/areas/alpha');
  const timeline = await section('Tidslinje');
  const items = await within(timeline).findAllByRole('listitem');
  expect(items.map((item) => item.querySelector('.timeline__title')?.textContent)).toEqual(['Renoveringen börjar', 'Renoveringen klar']);
  expect(within(items[0] as HTMLElement).getByText('mars 2016')).toHaveAttribute('datetime', '2016-03');
  expect(within(items[0] as HTMLElement).getByText('Plats: Kvarteret Ett')).toBeInTheDocument();
  expect(within(timeline).queryByText('De första bostäderna klara')).not.toBeInTheDocument();
});

test('the page is in English under /en', async () => {
  renderApp('/en/areas/beta');
  expect(await screen.findByRole('heading', { level: 1, name: 'Beta Harbour' })).toBeInTheDocument();
  expect(await screen.findByText('Beta Harbour has 2 pilot sites in mobility and housing. 1 is completed and 1 is planned.')).toBeInTheDocument();
  const results = await section('How is it going?');
  expect(await within(results).findAllByText('Off track')).not.toHaveLength(0);
  const timeline = await section('Timeline');
  expect(await within(timeline).findByText('First homes completed')).toBeInTheDocument();
});

test('an unknown district says so, with a way on', async () => {
  renderApp('/areas/gamma');
  expect(await screen.findByRole('heading', { level: 1, name: 'Stadsdelen finns inte' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Se alla platser på kartan' })).toHaveAttribute('href', '/map');
});

test('a broken areas.geojson fails the page with the document’s name', async () => {
  server.use(documentHttpError('areas.geojson', 500));
  renderApp('/areas/alpha');
  expect(await screen.findByRole('heading', { name: 'Det gick inte att läsa areas.geojson' })).toBeInTheDocument();
});

test('“Försök igen” fetches a failed document again and shows the page once it loads', async () => {
  server.use(documentHttpError('areas.geojson', 500));
  const { user } = renderApp('/areas/alpha');
  await screen.findByRole('heading', { name: 'Det gick inte att läsa areas.geojson' });
  server.resetHandlers();
  await user.click(screen.getByRole('button', { name: 'Försök igen' }));
  expect(await screen.findByText(/I Alfastaden finns 2 pilotplatser/)).toBeInTheDocument();
});

test('a broken events.json fails only the timeline', async () => {
  server.use(documentHttpError('events.json', 500));
  renderApp('/areas/alpha');
  const timeline = await section('Tidslinje');
  expect(await within(timeline).findByRole('heading', { name: 'Det gick inte att läsa events.json' })).toBeInTheDocument();
  expect(await screen.findByText(/I Alfastaden finns 2 pilotplatser/)).toBeInTheDocument();
});
