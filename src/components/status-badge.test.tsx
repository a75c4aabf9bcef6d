import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { LanguageContext } from '../i18n/language';
import type { TargetStatus } from '../core/status';
import { OverdueFlag, StatusBadge, StatusIcon } from './status-badge';

const swedish: Array<[TargetStatus, string]> = [
  ['achieved', 'Uppnått'],
  ['on-track', 'I fas'],
  ['at-risk', 'Risk att missa'],
  ['off-track', 'Efter plan'],
  ['no-data', 'Inga data'],
];

const english: Array<[TargetStatus, string]> = [
  ['achieved', 'Achieved'],
  ['on-track', 'On track'],
  ['at-risk', 'At risk'],
  ['off-track', 'Off track'],
  ['no-data', 'No data'],
];

test('each status shows its Swedish label as visible text by default', () => {
  render(
    <>
      {swedish.map(([status]) => (
        <StatusBadge key={status} status={status} />
      ))}
    </>,
  );
  for (const [, label] of swedish) expect(screen.getByText(label)).toBeVisible();
});

test('each status shows its English label when the language is English', () => {
  render(
    <LanguageContext.Provider value="en">
      {english.map(([status]) => (
        <StatusBadge key={status} status={status} />
      ))}
    </LanguageContext.Provider>,
  );
  for (const [, label] of english) expect(screen.getByText(label)).toBeVisible();
  expect(screen.queryByText('I fas')).not.toBeInTheDocument();
});

test('the icon is hidden from assistive technology and not focusable', () => {
  const { container } = render(<StatusBadge status="at-risk" />);
  const icon = container.querySelector('svg');
  expect(icon).toHaveAttribute('aria-hidden', 'true');
  expect(icon).toHaveAttribute('focusable', 'false');
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('the accessible text of the badge is just the label', () => {
  const { container } = render(<StatusBadge status="off-track" />);
  expect(container).toHaveTextContent(/^Efter plan$/);
});

test('each status draws a different icon, so the shape tells them apart as well as the colour', () => {
  const { container } = render(
    <>
      {swedish.map(([status]) => (
        <StatusBadge key={status} status={status} />
      ))}
    </>,
  );
  const icons = [...container.querySelectorAll('svg')].map((svg) => svg.innerHTML);
  expect(icons).toHaveLength(5);
  expect(new Set(icons).size).toBe(5);
});

test('the overdue flag shows a clock and "Försenad uppdatering" in Swedish', () => {
  const { container } = render(<OverdueFlag />);
  expect(screen.getByText('Försenad uppdatering')).toBeVisible();
  expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
});

test('the overdue flag says "Update overdue" in English', () => {
  render(
    <LanguageContext.Provider value="en">
      <OverdueFlag size="sm" />
    </LanguageContext.Provider>,
  );
  expect(screen.getByText('Update overdue')).toBeVisible();
});

test('the icon alone, for legends, is hidden from assistive technology', () => {
  const { container } = render(<StatusIcon status="achieved" />);
  expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
});
