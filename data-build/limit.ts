/** At most `perKey` tasks at a time for each key (the host of a source): polite to servers. */
export function keyedLimiter(perKey: number): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const running = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const release = (key: string) => {
    const next = waiting.get(key)?.shift();
    if (next) next();
    else running.set(key, (running.get(key) ?? 1) - 1);
  };
  return async (key, task) => {
    if ((running.get(key) ?? 0) >= perKey) {
      await new Promise<void>((resolve) => {
        const queue = waiting.get(key) ?? [];
        queue.push(resolve);
        waiting.set(key, queue);
      });
    } else {
      running.set(key, (running.get(key) ?? 0) + 1);
    }
    try {
      return await task();
    } finally {
      release(key);
    }
  };
}
