import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { documentBody } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/render';

async function districtBlock(name: string): Promise<HTMLElement> {
  const block = (await screen.findByRole('heading', { level: 2, name: /Nyckeltal|Key figures/ }, { timeout: 10_000 })).closest('section');
  if (!block) throw new Error('no key figures');
  return within(block).getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
}

test('under each district: the latest assessment with date, author and responsible organisation; older ones behind a disclosure', async () => {
  renderApp('/indicators/energy-use');
  const alpha = await districtBlock('Alfastaden');
  expect(await within(alpha).findByRole('heading', { level: 4, name: 'Projektets bedömning' })).toBeInTheDocument();
  expect(alpha).toHaveTextContent('Ansvarig: Alfa kommun, byggkontoret');
  // The newest of the three (the file gives them oldest first), beside the computed status.
  expect(within(alpha).getByText('Uppnått')).toBeInTheDocument();
  expect(within(alpha).getAllByText('Nås delvis')[0]).toBeVisible();
  expect(alpha).toHaveTextContent('12 mars 2026, Anna Test');
  expect(within(alpha).getByText('Påhittad kommentar: arbetet pågår.')).toBeVisible();
  expect(alpha).not.toHaveTextContent('Bedömningen är mer än ett år gammal');
  const earlier = within(alpha).getByText('Tidigare bedömningar (2)');
  expect(within(alpha).getByText('Första bedömningen.')).not.toBeVisible();
  await userEvent.click(earlier);
  expect(within(alpha).getByText('Första bedömningen.')).toBeVisible();
  expect(within(alpha).getByText('Andra bedömningen.')).toBeVisible();

  // More than 12 months before "today" (2026-06-01): marked.
  const beta = await districtBlock('Betahamnen');
  expect(await within(beta).findByText('Nås inte')).toBeInTheDocument();
  expect(beta).toHaveTextContent('Bedömningen är mer än ett år gammal');
  expect(within(beta).queryByText(/Tidigare bedömningar/)).toBeNull();
});

test('in English; a bad assessment is dropped and reported, the target and its other assessments stay', async () => {
  const fixture = createDatasetFixture();
  const goals = structuredClone(fixture.goals) as { goals: Array<{ targets: Array<{ assessments?: unknown[] }> }> };
  goals.goals[0]?.targets[0]?.assessments?.push({ date: '2026-04-01', author: 'X', expected: 'maybe', text: { sv: 'Trasig' } });
  server.use(documentBody('goals.json', goals));
  renderApp('/en/indicators/energy-use');
  const alpha = await districtBlock('Alpha Town');
  expect(await within(alpha).findByRole('heading', { level: 4, name: "The project's assessment" })).toBeInTheDocument();
  expect(alpha).toHaveTextContent('Responsible: Alpha Municipality, Building Office');
  expect(within(alpha).getAllByText('Partly expected to be met')[0]).toBeVisible();
  expect(alpha).toHaveTextContent('12 March 2026, Anna Test');
  expect(within(alpha).getByText('Earlier assessments (2)')).toBeInTheDocument();
  expect(screen.queryByText('Trasig')).toBeNull();
  expect(await screen.findByText(/goals\[0\]\.targets\[0\]\.assessments\[3\]/)).toBeInTheDocument();
});
