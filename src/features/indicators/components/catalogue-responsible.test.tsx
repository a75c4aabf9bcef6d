import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../../tests/render';

async function rowNames() {
  const table = await screen.findByRole('table', { name: /Indikatorer per stadsdel|Indicators by district/ });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => `${within(row).getByRole('rowheader').textContent} / ${within(row).getAllByRole('cell')[1]?.textContent}`);
}

test('the catalogue filters by responsible organisation, written to the URL like the other filters', async () => {
  const { user, router } = renderApp('/indicators');
  const select = await screen.findByRole('combobox', { name: 'Ansvarig' }, { timeout: 10_000 });
  expect(
    within(select)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Alla ansvariga', 'Alfa kommun, byggkontoret', 'Beta bostäder AB']);
  await user.selectOptions(select, 'Alfa kommun, byggkontoret');
  await waitFor(() => expect(router.state.location.search).toBe('?responsible=Alfa+kommun%2C+byggkontoret'));
  expect(await rowNames()).toEqual(['Energianvändning / Alfastaden', 'Solel / Alfastaden']);
});

test('a shared English link restores the filter; the option reads in English', async () => {
  renderApp('/en/indicators?responsible=Beta+bost%C3%A4der+AB');
  const select = await screen.findByRole('combobox', { name: 'Responsible' }, { timeout: 10_000 });
  expect(select).toHaveDisplayValue('Beta Housing Ltd');
  expect(await rowNames()).toEqual(['Energy use / Beta Harbour']);
});
