import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescedTimeouts } from './coalesced-timeouts';

describe('createCoalescedTimeouts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000_250 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives many long timers of the same second one browser timer, and runs each once', () => {
    const timers = createCoalescedTimeouts();
    const fired: number[] = [];
    for (let i = 0; i < 50; i++) timers.setTimeout(() => fired.push(i), 300_000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(299_999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveLength(50);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fires a long timer no earlier than asked and less than a second late', () => {
    const timers = createCoalescedTimeouts();
    const callback = vi.fn();
    timers.setTimeout(callback, 5000);
    vi.advanceTimersByTime(4999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('cancels one timer of a slot without the others, and drops the browser timer with the last', () => {
    const timers = createCoalescedTimeouts();
    const kept = vi.fn();
    const cancelled = vi.fn();
    const a = timers.setTimeout(cancelled, 60_000);
    const b = timers.setTimeout(kept, 60_000);
    timers.clearTimeout(a);
    vi.advanceTimersByTime(61_000);
    expect(cancelled).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);

    const c = timers.setTimeout(cancelled, 60_000);
    expect(vi.getTimerCount()).toBe(1);
    timers.clearTimeout(c);
    expect(vi.getTimerCount()).toBe(0);
    timers.clearTimeout(b);
    timers.clearTimeout(undefined);
  });

  it('keeps short timers exact and separate', () => {
    const timers = createCoalescedTimeouts();
    const first = vi.fn();
    const second = vi.fn();
    timers.setTimeout(first, 0);
    const id = timers.setTimeout(second, 300);
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(0);
    expect(first).toHaveBeenCalledTimes(1);
    timers.clearTimeout(id);
    vi.advanceTimersByTime(1000);
    expect(second).not.toHaveBeenCalled();
  });

  it('repeats and stops intervals', () => {
    const timers = createCoalescedTimeouts();
    const tick = vi.fn();
    const id = timers.setInterval(tick, 100);
    vi.advanceTimersByTime(350);
    expect(tick).toHaveBeenCalledTimes(3);
    timers.clearInterval(id);
    vi.advanceTimersByTime(500);
    expect(tick).toHaveBeenCalledTimes(3);
  });
});
