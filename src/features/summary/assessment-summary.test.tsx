import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../tests/render';

function district(card: HTMLElement, indicatorName: string, areaName: string) {
  const row = within(card).getByRole('region', { name: new RegExp(`^${indicatorName}`) });
  return within(row).getByRole('group', { name: areaName });
}

test("the headline counts the project's expected results of the targets shown; each cell shows its own beside the status", async () => {
  renderApp('/summary');
  await screen.findAllByRole('article', undefined, { timeout: 5000 });
  // Latest per target: energy Alpha partly, energy Beta not, solar Alpha fully.
  expect(screen.getByText('Projektets bedömning: 1 nås helt, 1 delvis, 1 inte')).toBeInTheDocument();
  const energy = screen.getByRole('article', { name: 'Lägre energianvändning i husen' });
  const alpha = district(energy, 'Energianvändning', 'Alfastaden');
  // Both, never merged: the computed status and the project's word.
  expect(within(alpha).getByText('Uppnått')).toBeVisible();
  expect(within(alpha).getByText('Nås delvis')).toBeVisible();
  expect(alpha).toHaveTextContent('Projektets bedömning: Nås delvis');
  expect(within(district(energy, 'Energianvändning', 'Betahamnen')).getByText('Nås inte')).toBeVisible();
  const solar = screen.getByRole('article', { name: 'Mer solel' });
  expect(within(district(solar, 'Solel', 'Betahamnen')).queryByText(/^Nås/)).toBeNull();
});

test('in English, and the count follows the topic filter', async () => {
  renderApp('/en/summary?domain=energy');
  await screen.findAllByRole('article', undefined, { timeout: 5000 });
  expect(screen.getByText("The project's assessment: 1 fully, 1 partly, 1 not expected to be met")).toBeInTheDocument();
  const energy = screen.getByRole('article', { name: 'Lower energy use in buildings' });
  expect(within(district(energy, 'Energy use', 'Alpha Town')).getByText('Partly expected to be met')).toBeVisible();
});
