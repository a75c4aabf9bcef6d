import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { isTakingOver, markTakenOver, useHydrated } from './use-hydrated';

it('is taking over until the first page is marked as on screen; later mounts start hydrated, without a second render', () => {
  expect(isTakingOver()).toBe(true);
  markTakenOver();
  expect(isTakingOver()).toBe(false);
  const seen: boolean[] = [];
  function Probe() {
    const hydrated = useHydrated();
    seen.push(hydrated);
    return <p>{hydrated ? 'hydrated' : 'hydrating'}</p>;
  }
  render(<Probe />);
  expect(screen.getByText('hydrated')).toBeInTheDocument();
  expect(seen.every(Boolean)).toBe(true);
});
