import type { TimeoutCallback, TimeoutProvider } from '@tanstack/react-query';

/** Timers this long or longer share a browser timer with the others of their second. */
export const COALESCE_FROM_MS = 1000;

type TimerId = number;

interface Slot {
  handle: ReturnType<typeof setTimeout>;
  callbacks: Map<TimerId, TimeoutCallback>;
}

/**
 * A timer backend for TanStack Query that gives long timers one browser timer per second.
 *
 * Every mounted query observer starts a stale timer and every cached query a garbage-collection
 * timer, five minutes out. Taking over a prerendered page mounts 60–300 observers in one task,
 * and each browser `setTimeout` costs far more than the work it guards under a tracing profiler
 * such as Lighthouse's (a recorded stack per timer): 20–35 ms of one long task on the summary page
 * Timers of a second or more are instead filed in one-second slots, each slot with
 * one browser timer, and fire at the end of their slot, at most a second late. Shorter timers
 * (retries, zero delays) keep their own browser timer and their exact delay.
 */
export function createCoalescedTimeouts(now: () => number = () => Date.now()): TimeoutProvider<TimerId> {
  let nextId = 1;
  const slots = new Map<number, Slot>();
  const slotOf = new Map<TimerId, number>();
  const ownTimers = new Map<TimerId, ReturnType<typeof setTimeout>>();
  const intervals = new Map<TimerId, ReturnType<typeof setInterval>>();

  function fire(slotEnd: number) {
    const slot = slots.get(slotEnd);
    slots.delete(slotEnd);
    if (!slot) return;
    for (const [id, callback] of slot.callbacks) {
      slotOf.delete(id);
      callback();
    }
  }

  return {
    setTimeout(callback, delay) {
      const id = nextId++;
      if (!(delay >= COALESCE_FROM_MS)) {
        ownTimers.set(
          id,
          setTimeout(() => {
            ownTimers.delete(id);
            callback();
          }, delay),
        );
        return id;
      }
      const slotEnd = Math.ceil((now() + delay) / COALESCE_FROM_MS) * COALESCE_FROM_MS;
      let slot = slots.get(slotEnd);
      if (!slot) {
        slot = { handle: setTimeout(() => fire(slotEnd), slotEnd - now()), callbacks: new Map() };
        slots.set(slotEnd, slot);
      }
      slot.callbacks.set(id, callback);
      slotOf.set(id, slotEnd);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      const own = ownTimers.get(id);
      if (own !== undefined) {
        clearTimeout(own);
        ownTimers.delete(id);
        return;
      }
      const slotEnd = slotOf.get(id);
      if (slotEnd === undefined) return;
      slotOf.delete(id);
      const slot = slots.get(slotEnd);
      if (!slot) return;
      slot.callbacks.delete(id);
      if (slot.callbacks.size === 0) {
        clearTimeout(slot.handle);
        slots.delete(slotEnd);
      }
    },
    setInterval(callback, delay) {
      const id = nextId++;
      intervals.set(id, setInterval(callback, delay));
      return id;
    },
    clearInterval(id) {
      if (id === undefined) return;
      clearInterval(intervals.get(id));
      intervals.delete(id);
    },
  };
}
