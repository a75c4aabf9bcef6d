import { expect, test, vi } from 'vitest';
import { onDemand } from './on-demand';

test('loads once, is known synchronously afterwards, and can be retried after a failure', async () => {
  const loader = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('module');
  const source = onDemand(loader);
  expect(source.current()).toBeUndefined();
  await expect(source.load()).rejects.toThrow('offline');
  expect(source.current()).toBeUndefined();
  await expect(Promise.all([source.load(), source.load()])).resolves.toEqual(['module', 'module']);
  expect(source.current()).toBe('module');
  expect(loader).toHaveBeenCalledTimes(2);
});
