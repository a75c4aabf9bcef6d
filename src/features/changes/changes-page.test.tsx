import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { documentBody } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';

const changes = {
  apiVersion: '1',
  updates: [
    {
      updated: '2026-05-15T08:00:00Z',
      changes: [{ kind: 'status-changed', indicatorId: 'energy-use', areaId: 'alpha', before: 'on-track', after: 'at-risk', goalId: 'lower-energy' }],
    },
  ],
};

test('a change names its goal by title, not by its id', async () => {
  server.use(documentBody('changes.json', changes));
  renderApp('/changes');
  expect(await screen.findByText(/mål: Lägre energianvändning i husen/)).toBeInTheDocument();
  expect(screen.queryByText(/lower-energy/)).not.toBeInTheDocument();
});

test('the main menu links to what changed', async () => {
  renderApp('/en');
  const nav = await screen.findByRole('navigation', { name: 'Main menu' });
  expect(nav.querySelector('a[href="/en/changes"]')?.textContent).toBe('What changed');
});
