import { describe, expect, it } from 'vitest';
import { profileLongTasks } from './trace-profile';

const MAIN = { pid: 1, tid: 10 };
const node = (id: number, functionName: string, parent?: number) => ({
  id,
  parent,
  callFrame: { functionName, url: 'http://host/assets/app.js', lineNumber: id },
});

/** A trace as Lighthouse records it: the main thread's tasks, its profile, and the profile's chunks written from the sampler's thread. */
function trace() {
  return [
    { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 11, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'navigationStart', ph: 'R', ...MAIN, ts: 1_000_000 },
    { name: 'Profile', ph: 'P', ...MAIN, ts: 1_000_000, id: '0x1', args: { data: { startTime: 1_000_000 } } },
    { name: 'RunTask', ph: 'X', ...MAIN, ts: 1_100_000, dur: 60_000 },
    { name: 'RunTask', ph: 'X', ...MAIN, ts: 1_200_000, dur: 5_000 },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 99,
      ts: 1_300_000,
      id: '0x1',
      args: {
        data: {
          cpuProfile: { nodes: [node(1, '(root)'), node(2, 'mount', 1), node(3, 'setTimeout', 2)], samples: [3, 3, 2, 3] },
          // The first sample is before the task; the other three inside it.
          timeDeltas: [50_000, 60_000, 10_000, 10_000],
        },
      },
    },
  ];
}

describe('profileLongTasks', () => {
  it("counts the main thread's samples inside each long task, with the innermost function and its callers", () => {
    const [task, ...others] = profileLongTasks(trace(), 40);
    expect(others).toEqual([]);
    expect(task).toMatchObject({ startMs: 100, durationMs: 60, samples: 3 });
    expect(task?.inclusive).toEqual([
      ['mount app.js:3', 3],
      ['setTimeout app.js:4', 2],
    ]);
    expect(task?.self[0]).toEqual(['setTimeout app.js:4 ← mount app.js:3 ← (root) app.js:2', 2]);
  });

  it('finds nothing without a renderer main thread', () => {
    expect(profileLongTasks([], 40)).toEqual([]);
  });
});
