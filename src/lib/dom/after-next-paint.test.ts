import { afterEach, expect, test, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('runs once, after the next animation frame, not at once', async () => {
  const callback = vi.fn();
  afterNextPaint(callback);
  expect(callback).not.toHaveBeenCalled();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
  expect(callback).toHaveBeenCalledTimes(1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(callback).toHaveBeenCalledTimes(1);
});

test('runs after the latest delay when no frame comes (a hidden tab)', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // A hidden tab: frames are asked for and never come.
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const callback = vi.fn();
  afterNextPaint(callback, 100);
  vi.advanceTimersByTime(99);
  expect(callback).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);
});

test('a cancelled call never runs', async () => {
  const callback = vi.fn();
  const cancel = afterNextPaint(callback, 50);
  cancel();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(callback).not.toHaveBeenCalled();
});
