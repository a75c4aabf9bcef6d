import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { withReferenceArea } from '../../../mocks/fixtures/live-sources';
import { datasetHandlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';

const NB = '\u00a0';

async function openSummary(url: string) {
  server.use(...datasetHandlers(withReferenceArea(createDatasetFixture(), 'homes-completed')));
  renderApp(url);
  await screen.findAllByRole('article', undefined, { timeout: 5000 });
}

function cell(goalName: string, indicatorName: string, name: string) {
  const card = screen.getByRole('article', { name: goalName });
  const row = within(card).getByRole('region', { name: new RegExp(`^${indicatorName}`) });
  return within(row).getByRole('group', { name });
}

test('the fair comparison offers the reference area beside the districts, divided the same way, with no status', async () => {
  await openSummary('/summary?compare=per-resident');
  const reference = cell('Nya bostäder', 'Färdiga bostäder', 'Hela Metropol (jämförelse)');
  expect(reference).toHaveTextContent('Jämförelse, ingen status');
  // 97 homes (2024) ÷ 1 000 000 residents (2024) × 1 000, same period, with the row's shared precision.
  expect(reference.textContent).toContain(`97 bostäder (2024) ÷ 1${NB}000${NB}000 invånare (2024)`);
  expect(reference.querySelector('[data-status]')).toBeNull();
  // The counts are of the districts' targets only.
  expect(screen.getByText('4 av 8 mål är uppnådda eller i fas.')).toBeInTheDocument();
});

test('in English, shown as published', async () => {
  await openSummary('/en/summary');
  const reference = cell('New homes', 'Homes completed', 'All of Metropolis (comparison)');
  expect(reference).toHaveTextContent('Comparison, no status');
  expect(reference).toHaveTextContent('Latest value: 97 homes (2024)');
});
